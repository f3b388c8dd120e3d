using System;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>
    /// (a) compilation alone, then (b, c) one pass with DropoutGuard, the empty baseline and the peer (as installed:
    /// its rules enabled by default) over a fresh compilation of the same trees. Each analyzer's callback time is its own, so one pass serves all
    /// three; the BenchmarkDotNet suites run them apart.
    /// </summary>
    public sealed record SideBySide(int Files, int Lines, TimeSpan Compile, TimeSpan DropoutGuard, int DropoutGuardRules,
        TimeSpan Baseline, TimeSpan Peer, int PeerRules, int Findings, ImmutableArray<(string Analyzer, TimeSpan Time)> PerAnalyzer, TimeSpan PassWall)
    {
        public double Share => DropoutGuard.TotalMilliseconds / Compile.TotalMilliseconds;
        public TimeSpan PerRule => DropoutGuard / DropoutGuardRules;
        public TimeSpan PeerPerRule => Peer / PeerRules;

        public static SideBySide Measure(ParsedCorpus corpus)
        {
            var compile = AnalyzerRun.CompileOnly(corpus.NewCompilation());
            var dropoutGuard = AnalyzerSets.DropoutGuard();
            var baseline = AnalyzerSets.Baseline();
            var peer = AnalyzerSets.Peer();
            var all = dropoutGuard.AddRange(baseline).AddRange(peer);
            var run = AnalyzerRun.Run(corpus.NewCompilation(), all);
            var ids = dropoutGuard.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToImmutableHashSet();
            return new SideBySide(
                corpus.Files.Count, corpus.Lines, compile,
                run.TimeOf(dropoutGuard), AnalyzerSets.RuleCount(dropoutGuard),
                run.TimeOf(baseline),
                run.TimeOf(peer), AnalyzerSets.EnabledRuleCount(peer),
                run.Diagnostics.Count(d => ids.Contains(d.Id)),
                dropoutGuard.Select(a => (a.GetType().Name, run.Telemetry[a].ExecutionTime)).ToImmutableArray(),
                run.Wall);
        }
    }
}
