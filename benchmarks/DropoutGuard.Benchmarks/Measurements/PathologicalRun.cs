using System;
using System.Collections.Generic;
using System.Linq;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Corpus;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>Each pathological file compiled with the shared files alone; DropoutGuard's callback time per line of it.</summary>
    public sealed record PathologicalRun(string Name, int Lines, TimeSpan Callbacks)
    {
        public double MicrosecondsPerLine => Callbacks.TotalMilliseconds * 1000 / Lines;

        public static IEnumerable<PathologicalRun> MeasureAll()
        {
            var shared = SharedFiles.All().Select(ParsedCorpus.Parse).ToList();
            var analyzers = AnalyzerSets.DropoutGuard();
            foreach (var (name, file) in PathologicalFiles.All())
            {
                var compilation = ParsedCorpus.NewCompilation(shared.Append(ParsedCorpus.Parse(file)));
                var run = AnalyzerRun.Run(compilation, analyzers);
                yield return new PathologicalRun(name, file.LineCount, run.TimeOf(analyzers));
            }
        }
    }
}
