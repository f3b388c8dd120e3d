using DropoutGuard.Helper;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Generator;

/// <summary>Compilations and drivers the generator tests need beyond the generator verifier's.</summary>
internal static class HelperCompilations
{
    /// <summary>A project as strict as a build can be: every warning level, documentation comments checked, nullable on where the language has it.</summary>
    public static CSharpCompilation Strict(string source, LanguageVersion languageVersion, TorchSharpFlavor flavor)
    {
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        // CS1701/CS1702 (TorchSharp is built against an older System.Runtime) are off in every SDK build, so off here too.
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999, nullableContextOptions: nullable)
            .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);
        var project = new VerifierOptions { TorchSharp = flavor, ReferencePyBridge = false, ReferenceGenAI = false };
        return CSharpCompilation.Create(
            project.AssemblyName,
            [CSharpSyntaxTree.ParseText(source, parseOptions, "/src/Usage.cs")],
            TestReferences.All(project),
            options);
    }

    /// <summary>A driver for the helper generator alone, recording every pipeline step.</summary>
    public static GeneratorDriver TrackingDriver(CSharpCompilation compilation, AnalyzerConfigOptionsProvider? optionsProvider = null)
        => CSharpGeneratorDriver.Create(
            [new DisableDropoutGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            optionsProvider: optionsProvider,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A class library compiled to a PE image, referenced as a build references a package's assembly.</summary>
    /// <param name="filePath">Where the reference says the file is; /lib/&lt;assemblyName&gt;.dll unless given.</param>
    public static MetadataReference EmitLibrary(string assemblyName, string source, string? filePath = null)
    {
        using var image = new MemoryStream();
        var result = Library(assemblyName, source).Emit(image);
        if (!result.Success)
            throw new InvalidOperationException($"The library {assemblyName} does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray(), filePath: filePath ?? $"/lib/{assemblyName}.dll");
    }

    /// <summary>A class library against .NET alone, as a project of the same solution before it is built.</summary>
    public static CSharpCompilation Library(string assemblyName, string source)
        => CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            TestReferences.Net,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
