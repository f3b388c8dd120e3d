using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Measurements;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Benchmarks.Suites
{
    /// <summary>
    /// (a)–(d): compilation alone, and compilation with each analyzer set alone, on a fresh compilation per invocation.
    /// The difference to <see cref="CompileOnly"/> is the set's cost; the quick mode reports callback times instead.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerSuite
    {
        private ParsedCorpus _corpus = null!;
        private ImmutableArray<DiagnosticAnalyzer> _dropoutGuard;
        private ImmutableArray<DiagnosticAnalyzer> _baseline;
        private ImmutableArray<DiagnosticAnalyzer> _peer;

        [ParamsSource(typeof(CorpusSize), nameof(CorpusSize.All))]
        public int Files { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusSize.Get(Files);
            _dropoutGuard = AnalyzerSets.DropoutGuard();
            _baseline = AnalyzerSets.Baseline();
            _peer = AnalyzerSets.Peer();
        }

        [Benchmark(Baseline = true)]
        public void CompileOnly() => AnalyzerRun.CompileOnly(_corpus.NewCompilation());

        [Benchmark]
        public void WithDropoutGuard() => AnalyzerRun.Run(_corpus.NewCompilation(), _dropoutGuard);

        [Benchmark]
        public void WithEmptyBaseline() => AnalyzerRun.Run(_corpus.NewCompilation(), _baseline);

        [Benchmark]
        public void WithPeer() => AnalyzerRun.Run(_corpus.NewCompilation(), _peer);

        [Benchmark]
        public void CompileOnlyWithoutTorchSharp() => AnalyzerRun.CompileOnly(_corpus.NewCompilation(withTorchSharp: false));

        [Benchmark]
        public void WithDropoutGuardWithoutTorchSharp() => AnalyzerRun.Run(_corpus.NewCompilation(withTorchSharp: false), _dropoutGuard);
    }
}
