using BenchmarkDotNet.Attributes;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Measurements;

namespace DropoutGuard.Benchmarks.Suites
{
    /// <summary>(e): the generator's first run and its re-run after a one-file edit (both timed inside), with and without TorchSharp.</summary>
    public class GeneratorSuite
    {
        private ParsedCorpus _corpus = null!;

        [Params(1000)]
        public int Files { get; set; }

        [Params(true, false)]
        public bool WithTorchSharp { get; set; }

        [GlobalSetup]
        public void Setup() => _corpus = CorpusSize.Get(Files);

        [Benchmark]
        public GeneratorRun FirstRunAndRerun() => GeneratorRun.Measure(_corpus, WithTorchSharp);
    }
}
