using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Runs the generators, then the analyzers, over test code the way a build does.</summary>
internal static class Analysis
{
    private const string AnalyzerExceptionId = "AD0001";

    /// <summary>Compiles the documents, runs the generators unless the options turn them off, then the analyzers.</summary>
    public static Task<AnalysisResult> RunAsync(ImmutableArray<TestDocument> documents, ImmutableArray<DiagnosticAnalyzer> analyzers, VerifierOptions options)
    {
        var config = TestAnalyzerConfig.From(options);
        var compilation = TestProject.Compile(documents, options, config);
        var generators = options.RunGenerators ? GeneratorRun.Execute(compilation, TestProject.ParseOptions(options), config) : null;
        return RunAnalyzersAsync(generators?.Output ?? compilation, generators, analyzers, config);
    }

    /// <param name="compilation">The compilation to analyse, generated trees already included.</param>
    /// <param name="generators">The generator run that produced them, if the caller ran the generators itself.</param>
    public static async Task<AnalysisResult> RunAnalyzersAsync(
        Compilation compilation,
        GeneratorRun? generators,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        TestAnalyzerConfig config)
    {
        var exceptions = new ConcurrentQueue<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], config.OptionsProvider),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().FullName} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);

        var failures = exceptions
            .Concat(diagnostics.Where(diagnostic => diagnostic.Id == AnalyzerExceptionId).Select(DiagnosticText.Describe))
            .ToImmutableArray();
        return new AnalysisResult(compilation, generators, diagnostics, failures);
    }
}
