using System.Linq;
using BenchmarkDotNet.Attributes;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Corpus;
using DropoutGuard.Benchmarks.Measurements;

namespace DropoutGuard.Benchmarks.Suites
{
    /// <summary>(f) the IDE shape and (g) the code fix on the 1,000-file corpus; pathological files one by one.</summary>
    public class IdeAndFixSuite
    {
        private ParsedCorpus _ideCorpus = null!;
        private ParsedCorpus _fixCorpus = null!;

        [GlobalSetup]
        public void Setup()
        {
            var corpus = CorpusSize.Get(1000);
            var unit = CorpusGenerator.LongTrainingUnit(2000);
            _ideCorpus = new ParsedCorpus(corpus.Files.Take(corpus.Files.Count - unit.Count).Concat(unit).ToList());
            _fixCorpus = corpus;
        }

        [Benchmark]
        public IdeSingleFile IdeSingleFile() => Measurements.IdeSingleFile.Measure(_ideCorpus, _ideCorpus.Trees[^1], _ideCorpus.Trees[_ideCorpus.Trees.Length / 2], warmUps: 0, repetitions: 1); // BenchmarkDotNet warms up itself

        [Benchmark]
        public CodeFixRun FixAllInSolution() => CodeFixRun.Measure(_fixCorpus);

        [Benchmark]
        public int PathologicalFiles() => PathologicalRun.MeasureAll().Count();
    }
}
