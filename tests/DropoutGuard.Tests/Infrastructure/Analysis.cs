using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Runs the generators, then the analyzers, over a test compilation the way a build does.</summary>
internal static class Analysis
{
    private const string AnalyzerExceptionId = "AD0001";

    public static async Task<AnalysisResult> RunAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        VerifierOptions options,
        TestAnalyzerConfig config)
    {
        var generators = options.RunGenerators ? GeneratorRun.Execute(compilation, TestProject.ParseOptions(options), config) : null;
        var analysed = generators?.Output ?? compilation;

        var exceptions = new ConcurrentQueue<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], config.OptionsProvider),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().FullName} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await analysed.WithAnalyzers(analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);

        var failures = exceptions
            .Concat(diagnostics.Where(diagnostic => diagnostic.Id == AnalyzerExceptionId).Select(DiagnosticText.Describe))
            .ToImmutableArray();
        return new AnalysisResult(analysed, generators, diagnostics, failures);
    }
}
