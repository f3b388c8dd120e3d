using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>How a verifier builds the test project. The defaults are a class library referencing the current TorchSharp surface.</summary>
public sealed class VerifierOptions
{
    /// <summary>The TorchSharp surface to reference; <see cref="TorchSharpFlavor.None"/> also drops PyBridge and GenAI.</summary>
    public TorchSharpFlavor TorchSharp { get; set; } = TorchSharpFlavor.Current;

    public bool ReferencePyBridge { get; set; } = true;

    public bool ReferenceGenAI { get; set; } = true;

    /// <summary>The compiled assembly's name; "TorchSharp" makes the project TorchSharp itself, as the runnable stand-in is.</summary>
    public string AssemblyName { get; set; } = TestProject.DefaultAssemblyName;

    /// <summary>Path of the main test document.</summary>
    public string FilePath { get; set; } = "/src/Test0.cs";

    /// <summary>Further source files; markup is allowed in them too.</summary>
    public List<(string Path, string Markup)> AdditionalDocuments { get; set; } = [];

    /// <summary>Text of an .editorconfig at <see cref="EditorConfigPath"/>; its sections match by document path as in a build.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>At the root by default, so sections can match every test document.</summary>
    public string EditorConfigPath { get; set; } = "/.editorconfig";

    /// <summary>Global analyzer config entries, e.g. "build_property.DropoutGuardGenerateHelper" = "false".</summary>
    public Dictionary<string, string> GlobalOptions { get; set; } = [];

    /// <summary><see cref="OutputKind.ConsoleApplication"/> for top-level statements.</summary>
    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>Lets incomplete code through; by default any compiler error fails the test.</summary>
    public bool AllowCompilerErrors { get; set; }

    /// <summary>Runs the DropoutGuard source generators before analysis, as a build does.</summary>
    public bool RunGenerators { get; set; } = true;

    public List<MetadataReference> AdditionalReferences { get; set; } = [];

    /// <summary>Diagnostics expected without a source location (reported on <see cref="Location.None"/>), by ID and exact message.</summary>
    public List<(string Id, string Message)> UnlocatedDiagnostics { get; set; } = [];

    /// <summary>For code fix tests: diagnostics the fix may leave behind (some have no fix); by default any fixable one left fails.</summary>
    public bool AllowUnfixedDiagnostics { get; set; }
}
