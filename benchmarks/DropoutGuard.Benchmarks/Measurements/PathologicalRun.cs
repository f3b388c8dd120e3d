using System;
using System.Collections.Generic;
using System.Linq;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>
    /// Each pathological file compiled with the shared files alone; DropoutGuard's callback time for the file: the median
    /// of <see cref="Repetitions"/> runs less the median for the shared files on their own (the per-compilation start-up
    /// and the shared files' analysis, which are no part of the file's cost per line).
    /// </summary>
    public sealed record PathologicalRun(string Name, int Lines, TimeSpan Callbacks)
    {
        private const int Repetitions = 5;

        public double MicrosecondsPerLine => Callbacks.TotalMilliseconds * 1000 / Lines;

        public static IEnumerable<PathologicalRun> MeasureAll()
        {
            var shared = SharedFiles.All().Select(ParsedCorpus.Parse).ToList();
            var sharedAlone = MedianCallbacks(shared);
            foreach (var (name, file) in PathologicalFiles.All())
            {
                var withFile = MedianCallbacks(shared.Append(ParsedCorpus.Parse(file)).ToList());
                var own = withFile - sharedAlone;
                yield return new PathologicalRun(name, file.LineCount, own > TimeSpan.Zero ? own : TimeSpan.Zero);
            }
        }

        private static TimeSpan MedianCallbacks(IReadOnlyList<SyntaxTree> trees)
        {
            var analyzers = AnalyzerSets.DropoutGuard();
            var times = new List<TimeSpan>();
            for (var i = 0; i < Repetitions; i++)
                times.Add(AnalyzerRun.Run(ParsedCorpus.NewCompilation(trees), analyzers).TimeOf(analyzers));
            return times.OrderBy(time => time).ElementAt(Repetitions / 2);
        }
    }
}
