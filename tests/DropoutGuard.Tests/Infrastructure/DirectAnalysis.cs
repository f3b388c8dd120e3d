using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The generator then every DropoutGuard analyzer over one source taken as is (no markup), as a build runs them, for
/// checks the testing library does not make: half-typed code, where only the absence of failures can be asserted.
/// </summary>
internal static class DirectAnalysis
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, VerifierOptions options)
    {
        var config = TestAnalyzerConfig.From(options);
        var compilation = TestProject.Compile([(options.FilePath, source)], options, config);
        var generated = GeneratorRun.Execute(compilation, TestProject.ParseOptions(options), config);
        var failures = generated.Failures().ToList();

        var exceptions = new ConcurrentQueue<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], config.OptionsProvider),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().FullName} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await generated.Output.WithAnalyzers(DropoutGuardAnalyzers.All(), analyzerOptions).GetAnalyzerDiagnosticsAsync();

        failures.AddRange(exceptions);
        failures.AddRange(diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").Select(diagnostic => diagnostic.ToString()));
        if (!options.AllowCompilerErrors)
            failures.AddRange(generated.Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()));
        if (failures.Count > 0)
            throw new InvalidOperationException("Analysing the test code failed:" + Environment.NewLine + string.Join(Environment.NewLine, failures));

        return diagnostics
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
