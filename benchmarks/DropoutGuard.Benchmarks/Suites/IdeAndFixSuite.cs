using System.Linq;
using BenchmarkDotNet.Attributes;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Measurements;

namespace DropoutGuard.Benchmarks.Suites
{
    /// <summary>(f) the IDE shape and (g) the code fix on the 1,000-file corpus; pathological files one by one.</summary>
    public class IdeAndFixSuite
    {
        private IdeShape _ideShape = null!;
        private ParsedCorpus _fixCorpus = null!;

        [GlobalSetup]
        public void Setup()
        {
            var corpus = CorpusSize.Get(1000);
            _ideShape = IdeShape.From(corpus);
            _fixCorpus = corpus;
        }

        [Benchmark]
        public IdeSingleFile IdeSingleFile() => Measurements.IdeSingleFile.Measure(_ideShape, warmUps: 0, repetitions: 1); // BenchmarkDotNet warms up itself

        [Benchmark]
        public CodeFixRun FixAllInSolution() => CodeFixRun.Measure(_fixCorpus);

        [Benchmark]
        public int PathologicalFiles() => PathologicalRun.MeasureAll().Count();
    }
}
