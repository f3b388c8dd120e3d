using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>
    /// The IDE shape: the analyzers asked for one open file's semantic diagnostics in a large compilation. Per repetition
    /// the compilation is a fresh clone (no analysis cache survives), its declarations are bound first and the driver is
    /// warmed on another file; then the open file's analysis is timed. The driver analyses its own copy of the
    /// compilation, so the wall time includes binding the file; the file's binding alone is timed for scale and the
    /// budget applies to DropoutGuard's callbacks. The first <c>warmUps</c> repetitions are run and not counted: an
    /// editor's process has long since compiled the analysis and the driver to optimised code, and the first repetitions
    /// of a process still run part of both unoptimised.
    /// </summary>
    public sealed record IdeSingleFile(int FileLines, TimeSpan Median, TimeSpan DropoutGuardCallbacks, TimeSpan Binding, int Findings)
    {
        /// <param name="concurrent">The driver's <c>concurrentAnalysis</c>: blocks analysed on several threads at once.</param>
        public static IdeSingleFile Measure(IdeShape shape, int warmUps, int repetitions, bool concurrent = true)
        {
            var (corpus, openFile, warmUpFile) = shape;
            var analyzers = AnalyzerSets.DropoutGuard();
            var baseCompilation = corpus.NewCompilation();
            var times = new List<TimeSpan>();
            var callbacks = new List<TimeSpan>();
            var binding = new List<TimeSpan>();
            var findings = 0;
            for (var i = 0; i < warmUps + repetitions; i++)
            {
                var compilation = baseCompilation.Clone();
                compilation.GetDeclarationDiagnostics();
                var bindStopwatch = Stopwatch.StartNew();
                compilation.GetSemanticModel(openFile).GetDiagnostics();
                var bindingElapsed = bindStopwatch.Elapsed;
                var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(warmUpFile), null, CancellationToken.None).GetAwaiter().GetResult();
                var before = Callbacks(withAnalyzers, analyzers);

                var stopwatch = Stopwatch.StartNew();
                var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(openFile), null, CancellationToken.None).GetAwaiter().GetResult();
                var elapsed = stopwatch.Elapsed;
                findings = diagnostics.Length;
                if (i < warmUps)
                    continue;
                binding.Add(bindingElapsed);
                times.Add(elapsed);
                callbacks.Add(Callbacks(withAnalyzers, analyzers) - before);
            }
            return new IdeSingleFile(openFile.GetText().Lines.Count, MedianOf(times), MedianOf(callbacks), MedianOf(binding), findings);
        }

        private static TimeSpan Callbacks(CompilationWithAnalyzers withAnalyzers, ImmutableArray<DiagnosticAnalyzer> analyzers)
            => TimeSpan.FromTicks(analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.Ticks));

        private static TimeSpan MedianOf(List<TimeSpan> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
    }
}
