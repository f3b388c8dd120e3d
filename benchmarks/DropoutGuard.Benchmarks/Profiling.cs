using System;
using System.Diagnostics;
using System.Linq;
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
        /// <summary><c>--pathological-only</c>: the pathological files alone, each file's time per line.</summary>
        public static void PathologicalOnly()
        {
            _ = PathologicalRun.MeasureAll().ToList(); // warm-up
            foreach (var file in PathologicalRun.MeasureAll())
                Console.WriteLine($"{file.Name}: {file.Lines} lines, {file.Callbacks.TotalMilliseconds:F1} ms, {file.MicrosecondsPerLine:F2} µs/line");
        }

        /// <summary>
        /// <c>--ide-only N</c>: the IDE measurement (f) alone, N repetitions after ten warm-ups, then N with the driver on one
        /// thread; then the file's own stages with every body bound.
        /// </summary>
        public static void IdeOnly(int repetitions)
        {
            var shape = IdeShape.From(ParsedCorpus.Generate(1000));
            foreach (var concurrent in new[] { true, false })
            {
                var ide = IdeSingleFile.Measure(shape, warmUps: concurrent ? 10 : 0, repetitions, concurrent); // a fresh process: the JIT needs about ten to settle
                Console.WriteLine($"IDE file, {(concurrent ? "concurrent" : "one thread")}: DropoutGuard callbacks {ide.DropoutGuardCallbacks.TotalMilliseconds:F1} ms, wall {ide.Median.TotalMilliseconds:F0} ms, binding {ide.Binding.TotalMilliseconds:F0} ms, {ide.Findings} findings");
            }
            StageTimes.OpenFile(shape.Corpus, shape.OpenFile);
        }

        /// <summary>
        /// <c>--generator-only</c>: the generator measurement (e) alone, three times each without and with TorchSharp, after
        /// one warm-up run of each on a small corpus so the driver's and JIT's start-up is not in the first number.
        /// </summary>
        public static void GeneratorOnly()
        {
            var corpus = ParsedCorpus.Generate(1000);
            var warmUp = ParsedCorpus.Generate(40);
            GeneratorRun.Measure(warmUp, withTorchSharp: false);
            GeneratorRun.Measure(warmUp, withTorchSharp: true);
            foreach (var withTorchSharp in new[] { false, true })
            {
                for (var i = 0; i < 3; i++)
                {
                    var run = GeneratorRun.Measure(corpus, withTorchSharp);
                    Console.WriteLine($"{(withTorchSharp ? "with" : "without")} TorchSharp, run {i}: first {run.First.TotalMilliseconds:F1} ms ({run.FirstOutputs} output), re-run {run.Rerun.TotalMilliseconds:F1} ms, cached {(run.RerunCached ? "yes" : "no")} ({run.RerunReasons})");
                }
            }
        }

        /// <summary><c>--fix-only N</c>: the code fix measurement (g) alone, N times on the 1,000-file corpus.</summary>
        public static void FixOnly(int runs)
        {
            var corpus = ParsedCorpus.Generate(1000);
            for (var i = 0; i < runs; i++)
            {
                var fix = CodeFixRun.Measure(corpus);
                Console.WriteLine($"run {i}: {fix.Findings} findings ({fix.FindingsTime.TotalMilliseconds:F0} ms), one fix {fix.OneFix.TotalMilliseconds:F0} ms, Fix All {fix.FixAll.TotalMilliseconds:F0} ms ({fix.ChangedDocuments} documents changed)");
            }
        }

        /// <summary><c>--write-corpus DIR N</c>: the N-file corpus as source files under DIR, for a real build.</summary>
        public static void WriteCorpus(string directory, int files)
        {
            foreach (var file in Corpus.CorpusGenerator.Generate(files))
            {
                var path = System.IO.Path.Combine(directory, file.Path);
                System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                System.IO.File.WriteAllText(path, file.Text);
            }
        }

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
