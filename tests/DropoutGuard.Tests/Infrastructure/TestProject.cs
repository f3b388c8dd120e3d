using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>The project every test builds from <see cref="VerifierOptions"/>, for the testing library and for direct compilations alike.</summary>
internal static class TestProject
{
    /// <summary>The testing library's own default project name, so every way of building the project agrees.</summary>
    public const string DefaultAssemblyName = "TestProject";

    private const string GlobalConfigPath = "/.globalconfig";

    /// <summary>No reference-assembly package: .NET comes from Basic.Reference.Assemblies so tests never download one.</summary>
    public static readonly Microsoft.CodeAnalysis.Testing.ReferenceAssemblies NoPackage = new("net10.0");

    public static CSharpParseOptions ParseOptions(VerifierOptions options)
        => new(options.LanguageVersion, DocumentationMode.Parse);

    /// <summary>
    /// Nullable on where the language has it. CS1701/CS1702 (TorchSharp targets an older System.Runtime) are off in every
    /// SDK build, so off here too.
    /// </summary>
    public static CSharpCompilationOptions CompilationOptions(VerifierOptions options)
        => new CSharpCompilationOptions(
                options.OutputKind,
                nullableContextOptions: ParseOptions(options).LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable)
            .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);

    /// <summary>The main document first, then the additional ones, each with its markup.</summary>
    public static ImmutableArray<(string Path, string Markup)> Documents(string markup, VerifierOptions options)
    {
        var documents = new[] { (options.FilePath, markup) }.Concat(options.AdditionalDocuments).ToImmutableArray();
        var duplicate = documents.GroupBy(document => document.Item1, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two test documents share the path {duplicate.Key}.");
        return documents;
    }

    /// <summary>The .editorconfig and build properties (as a global config), by path.</summary>
    public static ImmutableArray<(string Path, string Text)> ConfigFiles(VerifierOptions options)
    {
        var files = ImmutableArray.CreateBuilder<(string, string)>();
        if (options.EditorConfig is not null)
            files.Add((options.EditorConfigPath, options.EditorConfig));
        if (options.GlobalOptions.Count > 0)
        {
            var text = new StringBuilder("is_global = true").AppendLine();
            foreach (var (key, value) in options.GlobalOptions)
                text.Append(key).Append(" = ").AppendLine(value);
            files.Add((GlobalConfigPath, text.ToString()));
        }
        return files.ToImmutable();
    }

    /// <summary>Sources, references and config of a testing-library state; the library adds the .NET references.</summary>
    public static void Fill(SolutionState state, IEnumerable<(string Path, string Source)> documents, VerifierOptions options)
    {
        foreach (var (path, source) in documents)
            state.Sources.Add((path, SourceText.From(source, Encoding.UTF8)));
        foreach (var file in ConfigFiles(options))
            state.AnalyzerConfigFiles.Add((file.Path, SourceText.From(file.Text, Encoding.UTF8)));
        state.AdditionalReferences.AddRange(TestReferences.Net);
        state.AdditionalReferences.AddRange(TestReferences.TorchSharp(options));
    }

    public static SourceText Text(string source) => SourceText.From(source, Encoding.UTF8);

    /// <summary>A compilation of the documents (markup already removed), for checks the testing library does not make.</summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> documents, VerifierOptions options, TestAnalyzerConfig config)
    {
        var parseOptions = ParseOptions(options);
        var trees = documents.Select(document => CSharpSyntaxTree.ParseText(Text(document.Source), parseOptions, document.Path));
        return CSharpCompilation.Create(
            options.AssemblyName,
            trees,
            TestReferences.All(options),
            CompilationOptions(options).WithSyntaxTreeOptionsProvider(config.SyntaxTreeOptions));
    }
}
