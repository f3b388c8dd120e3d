using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>One analyzer pass over a compilation: wall time, each analyzer's callback time and registrations, and the diagnostics.</summary>
    public sealed class AnalyzerRun
    {
        private AnalyzerRun(TimeSpan wall, ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> telemetry, ImmutableArray<Diagnostic> diagnostics)
        {
            Wall = wall;
            Telemetry = telemetry;
            Diagnostics = diagnostics;
        }

        /// <summary>Binding plus analysis: the compilation is fresh, so its bodies are bound during the pass.</summary>
        public TimeSpan Wall { get; }
        public ImmutableDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry { get; }
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Sum of the callbacks' execution times of <paramref name="analyzers"/> (as ReportAnalyzer prints them).</summary>
        public TimeSpan TimeOf(IEnumerable<DiagnosticAnalyzer> analyzers)
            => TimeSpan.FromTicks(analyzers.Sum(analyzer => Telemetry[analyzer].ExecutionTime.Ticks));

        /// <summary>Actions registered beyond compilation start, summed over <paramref name="analyzers"/>.</summary>
        public int ActionsBeyondCompilationStart(IEnumerable<DiagnosticAnalyzer> analyzers)
            => analyzers.Select(a => Telemetry[a]).Sum(t => t.CompilationActionsCount + t.CompilationEndActionsCount + t.SyntaxTreeActionsCount
                + t.SemanticModelActionsCount + t.SymbolActionsCount + t.SymbolStartActionsCount + t.SymbolEndActionsCount + t.SyntaxNodeActionsCount
                + t.CodeBlockStartActionsCount + t.CodeBlockActionsCount + t.CodeBlockEndActionsCount + t.OperationActionsCount
                + t.OperationBlockStartActionsCount + t.OperationBlockActionsCount + t.OperationBlockEndActionsCount + t.AdditionalFileActionsCount);

        public static AnalyzerRun Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken = default)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException(analyzer + " threw", exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
            stopwatch.Stop();
            var telemetry = analyzers.ToImmutableDictionary(a => a, a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, cancellationToken).GetAwaiter().GetResult());
            return new AnalyzerRun(stopwatch.Elapsed, telemetry, diagnostics);
        }

        /// <summary>Compilation alone: every body bound and every compiler diagnostic computed, no analyzers.</summary>
        public static TimeSpan CompileOnly(Compilation compilation)
        {
            var stopwatch = Stopwatch.StartNew();
            compilation.GetDiagnostics();
            return stopwatch.Elapsed;
        }
    }
}
