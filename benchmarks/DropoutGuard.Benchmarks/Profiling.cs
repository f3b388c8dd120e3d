using System;
using System.Diagnostics;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Measurements;

namespace DropoutGuard.Benchmarks
{
    /// <summary>
    /// <c>--analyze-only N [runs]</c>: DropoutGuard alone over an N-file corpus, repeated, for a profiler to attach to
    /// (dotnet-trace collect -- dotnet DropoutGuard.Benchmarks.dll --analyze-only 1000 3).
    /// </summary>
    internal static class Profiling
    {
        public static void AnalyzeOnly(int files, int runs)
        {
            var corpus = ParsedCorpus.Generate(files);
            var analyzers = AnalyzerSets.DropoutGuard();
            for (var i = 0; i < runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                var run = AnalyzerRun.Run(corpus.NewCompilation(), analyzers);
                Console.WriteLine($"run {i}: wall {stopwatch.ElapsedMilliseconds} ms, DropoutGuard callbacks {run.TimeOf(analyzers).TotalMilliseconds:F0} ms, {run.Diagnostics.Length} findings");
            }
        }
    }
}
