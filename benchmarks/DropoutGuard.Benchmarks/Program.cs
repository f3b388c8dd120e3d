using System;
using System.Linq;
using BenchmarkDotNet.Running;
using DropoutGuard.Benchmarks.Quick;

namespace DropoutGuard.Benchmarks
{
    /// <summary>
    /// <c>--quick [--sizes 250,1000,4000]</c>: one pass printing the ratios against the budgets (a few minutes).
    /// <c>--analyze-only N [runs]</c>: DropoutGuard alone, for a profiler; <c>--ide-only N</c>: the IDE measurement alone; <c>--generator-only</c>: the generator measurement alone; <c>--stages N [runs]</c>: DropoutGuard's per-block stages on one thread; <c>--pathological-only</c>: the pathological files alone; <c>--fix-only N</c>: the code fix measurement alone; <c>--write-corpus DIR N</c>: the N-file corpus written to DIR (for <c>analyzer-timing.sh</c>). Anything else goes to BenchmarkDotNet; with no arguments every suite runs (<c>--filter *</c>).
    /// </summary>
    internal static class Program
    {
        private static void Main(string[] args)
        {
            if (args.Contains("--quick", StringComparer.Ordinal))
            {
                var sizesAt = Array.IndexOf(args, "--sizes");
                var sizes = sizesAt >= 0 && sizesAt + 1 < args.Length
                    ? args[sizesAt + 1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
                    : new[] { 250, 1000, 4000 };
                QuickRun.Run(sizes);
                return;
            }
            if (args.Length >= 3 && args[0] == "--write-corpus")
            {
                Profiling.WriteCorpus(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            if (args.Length >= 2 && args[0] == "--analyze-only")
            {
                Profiling.AnalyzeOnly(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
                return;
            }
            if (args.Length >= 1 && args[0] == "--pathological-only")
            {
                Profiling.PathologicalOnly();
                return;
            }
            if (args.Length >= 2 && args[0] == "--stages")
            {
                StageTimes.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
                return;
            }
            if (args.Length >= 2 && args[0] == "--ide-only")
            {
                Profiling.IdeOnly(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            if (args.Length >= 2 && args[0] == "--fix-only")
            {
                Profiling.FixOnly(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            if (args.Length >= 1 && args[0] == "--generator-only")
            {
                Profiling.GeneratorOnly();
                return;
            }
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args);
        }
    }
}
