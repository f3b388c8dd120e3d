using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>Runs every shipped analyzer on a compilation the way a host does: concurrently, exceptions reported, not thrown.</summary>
internal static class AnalyzerRun
{
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(
        Compilation compilation, AnalyzerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            ShippedComponents.Analyzers(),
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => { lock (exceptions) exceptions.Add(analyzer.GetType().Name + ": " + exception); },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        if (exceptions.Count > 0)
            throw new InvalidOperationException("An analyzer threw: " + string.Join(Environment.NewLine, exceptions));
        return diagnostics;
    }

    /// <summary>The generated sources by hint name, and any generator exception.</summary>
    public static (IReadOnlyList<(string HintName, string Text)> Sources, ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Generate(Compilation compilation)
    {
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            ShippedComponents.Generators(), parseOptions: ReliabilityCompilation.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var failures = result.Results.Where(run => run.Exception is not null).Select(run => run.Exception!.ToString()).ToList();
        if (failures.Count > 0)
            throw new InvalidOperationException("A generator threw: " + string.Join(Environment.NewLine, failures));
        var sources = result.Results.SelectMany(run => run.GeneratedSources)
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToList();
        return (sources, diagnostics, output);
    }
}
