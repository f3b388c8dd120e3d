using System.Collections.Immutable;
using DropoutGuard.Helper;
using DropoutGuard.Rules;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Documentation;

/// <summary>
/// Compiles one example as a build would: with the documentation context, the real TorchSharp and PyBridge, .NET 10
/// reference assemblies, the DisableDropout generator, and every DropoutGuard analyzer (compilation-end ones included).
/// </summary>
internal static class ExampleCompilation
{
    public const string ExamplePath = "/docs/Example.cs";

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(TorchSharpAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <returns>The compiler's errors, and the DropoutGuard diagnostics reported in the example's own file.</returns>
    public static async Task<(IReadOnlyList<Diagnostic> Errors, IReadOnlyList<Diagnostic> Findings)> AnalyzeAsync(string code)
    {
        var example = CSharpSyntaxTree.ParseText(code, ParseOptions, ExamplePath);
        var trees = DocumentationContext.Files.Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path)).Prepend(example);
        var hasTopLevelStatements = example.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create("Example", trees,
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(RealTorchSharp.TorchSharp).Append(RealTorchSharp.PyBridge),
            new CSharpCompilationOptions(hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create([new DisableDropoutGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);

        var errors = generated.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var findings = await generated.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        return (errors, findings.Where(d => d.Location.SourceTree?.FilePath == ExamplePath)
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());
    }
}
