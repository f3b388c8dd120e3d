using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Measurements;

namespace DropoutGuard.Benchmarks.Quick
{
    /// <summary>
    /// One pass over every measurement, printed as a table of ratios with the budgets. Single samples after a warm-up:
    /// a regression guard and a quick look, not a replacement for the BenchmarkDotNet suites.
    /// </summary>
    public static class QuickRun
    {
        private const int IdeWarmUps = 2;
        private const int IdeRepetitions = 5;

        public static void Run(IReadOnlyList<int> sizes)
        {
            var total = Stopwatch.StartNew();
            PrintMachine();
            var corpora = sizes.ToDictionary(size => size, ParsedCorpus.Generate);
            var middle = corpora[sizes.Contains(1000) ? 1000 : sizes[sizes.Count / 2]];
            Console.WriteLine($"corpora generated and parsed: {string.Join(", ", corpora.Values.Select(c => $"{c.Files.Count} files / {Format.Number(c.Lines)} lines"))} ({Format.Ms(total.Elapsed)})");

            // JIT and the driver's first-use costs, on a small corpus of its own; not reported.
            SideBySide.Measure(ParsedCorpus.Generate(40));

            var table = new ReportTable();
            var sideBySide = sizes.Select(size =>
            {
                var run = SideBySide.Measure(corpora[size]);
                Console.Error.WriteLine($"[quick] {size} files: compile {Format.Ms(run.Compile)}, analyzer pass {Format.Ms(run.PassWall)}, at {Format.Ms(total.Elapsed)}");
                return run;
            }).ToList();
            AddAnalyzerRows(table, sideBySide);
            Console.Error.WriteLine($"[quick] analyzers done at {Format.Ms(total.Elapsed)}");

            var middleRun = sideBySide.Single(s => s.Files == middle.Files.Count);
            var without = WithoutTorchSharp.Measure(middle);
            table.Section($"(d) no TorchSharp reference, {middle.Files.Count} files");
            table.Add("actions registered beyond CompilationStart", without.ActionsBeyondCompilationStart.ToString(System.Globalization.CultureInfo.InvariantCulture), Budget.That(without.ActionsBeyondCompilationStart == 0, "0"));
            table.Add("DropoutGuard callbacks (% of compile)", $"{Format.Ms(without.Callbacks)} ({Format.Percent(without.Callbacks / without.Compile)})");

            table.Section($"(e) generator, {middle.Files.Count} files");
            foreach (var withTorchSharp in new[] { true, false })
            {
                var generator = GeneratorRun.Measure(middle, withTorchSharp);
                var label = withTorchSharp ? "with TorchSharp" : "without TorchSharp";
                table.Add($"first run, {label} ({generator.FirstOutputs} output)", Format.Ms(generator.First), withTorchSharp ? null : Budget.AtMost(generator.First.TotalMilliseconds, 10, "≤ 10 ms"));
                table.Add($"re-run after a one-file edit, {label}", Format.Ms(generator.Rerun), withTorchSharp ? null : Budget.AtMost(generator.Rerun.TotalMilliseconds, 10, "≤ 10 ms"));
                table.Add($"re-run output cached, {label}", (generator.RerunCached ? "yes" : "no") + " (" + generator.RerunReasons + ")", Budget.That(generator.RerunCached, "cached"));
            }
            Console.Error.WriteLine($"[quick] generator done at {Format.Ms(total.Elapsed)}");

            var ideShape = IdeShape.From(middle);
            var ide = IdeSingleFile.Measure(ideShape, IdeWarmUps, IdeRepetitions);
            var ideSequential = IdeSingleFile.Measure(ideShape, warmUps: 0, IdeRepetitions, concurrent: false);
            table.Section($"(f) IDE: one {ide.FileLines}-line training file in {ideShape.Corpus.Files.Count} files, median of {IdeRepetitions} after {IdeWarmUps} warm-ups");
            table.Add($"DropoutGuard callbacks ({ide.Findings} findings)", Format.Ms(ide.DropoutGuardCallbacks), Budget.Below(ide.DropoutGuardCallbacks.TotalMilliseconds, 10, "< 10 ms"));
            table.Add("the same, the driver on one thread (concurrentAnalysis: false)", Format.Ms(ideSequential.DropoutGuardCallbacks));
            table.Add("GetAnalyzerSemanticDiagnosticsAsync wall (includes binding the file)", Format.Ms(ide.Median));
            table.Add("binding the file alone (compiler, for scale)", Format.Ms(ide.Binding));
            Console.Error.WriteLine($"[quick] IDE done at {Format.Ms(total.Elapsed)}");

            var fixCorpus = corpora.Values.OrderBy(c => c.Files.Count).FirstOrDefault(c => c.Files.Count >= 1000) ?? corpora.Values.Last();
            var fix = CodeFixRun.Measure(fixCorpus);
            table.Section($"(g) DG0001 code fix, {fixCorpus.Files.Count} files");
            table.Add("findings (computing them)", $"{fix.Findings} ({Format.Ms(fix.FindingsTime)})", Budget.That(fix.Findings >= 1000, "≥ 1,000 findings"));
            table.Add("one fix", Format.Ms(fix.OneFix));
            table.Add($"Fix All in solution ({fix.ChangedDocuments} documents changed)", Format.Ms(fix.FixAll), Budget.Below(fix.FixAll.TotalSeconds, 10, "< 10 s"));
            Console.Error.WriteLine($"[quick] code fix done at {Format.Ms(total.Elapsed)}");

            var average = middleRun.DropoutGuard.TotalMilliseconds * 1000 / middleRun.Lines;
            table.Section($"pathological files: DropoutGuard µs per line vs the {middleRun.Files}-file corpus average ({average:F2} µs/line)");
            foreach (var file in PathologicalRun.MeasureAll())
            {
                var ratio = file.MicrosecondsPerLine / average;
                table.Add($"{file.Name} ({file.Lines} lines, {Format.Ms(file.Callbacks)})", Format.Times(ratio), Budget.AtMost(ratio, 10, "≤ 10×"));
            }

            Console.WriteLine();
            table.Print();
            Console.WriteLine();
            Console.WriteLine("Per analyzer (callback time) at each size:");
            foreach (var run in sideBySide)
                Console.WriteLine($"  {run.Files,5} files: " + string.Join(", ", run.PerAnalyzer.Select(a => $"{a.Analyzer} {Format.Ms(a.Time)}")));
            Console.WriteLine($"quick run took {total.Elapsed.TotalSeconds:F0} s");
        }

        private static void AddAnalyzerRows(ReportTable table, List<SideBySide> runs)
        {
            var largest = runs[runs.Count - 1];
            foreach (var run in runs)
            {
                var isLargest = run == largest;
                table.Section($"(a–c) {Format.Number(run.Files)} files, {Format.Number(run.Lines)} lines, {run.Findings} DropoutGuard findings");
                table.Add("compilation alone (bind all bodies)", Format.Ms(run.Compile));
                table.Add("DropoutGuard callbacks, % of compile", $"{Format.Ms(run.DropoutGuard)} = {Format.Percent(run.Share)}", isLargest ? Budget.AtMost(run.Share, 0.03, "≤ 3 %") : null);
                table.Add("empty baseline callbacks, % of compile", $"{Format.Ms(run.Baseline)} = {Format.Percent(run.Baseline / run.Compile)}");
                table.Add($"peer: Meziantou, {run.PeerRules} rules on by default, % of compile", $"{Format.Ms(run.Peer)} = {Format.Percent(run.Peer / run.Compile)}");
                var perRuleRatio = run.PerRule / run.PeerPerRule;
                table.Add($"per rule: DropoutGuard ({run.DropoutGuardRules}) vs peer average", $"{Format.Ms(run.PerRule)} vs {Format.Ms(run.PeerPerRule)} = {Format.Times(perRuleRatio)}", Budget.AtMost(perRuleRatio, 4, "≤ 4×"));
            }
            var from = runs.FirstOrDefault(r => r.Files == 1000);
            var to = runs.FirstOrDefault(r => r.Files == 4000);
            if (from is not null && to is not null)
            {
                var growth = to.DropoutGuard / from.DropoutGuard;
                table.Section("growth 1,000 → 4,000 files");
                table.Add("DropoutGuard callbacks", Format.Times(growth), Budget.AtMost(growth, 4.5, "≤ 4.5×"));
                table.Add("compilation alone (for scale)", Format.Times(to.Compile / from.Compile));
            }
        }

        private static void PrintMachine()
        {
            var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
            Console.WriteLine($"DropoutGuard quick benchmark — {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, " +
                $"Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, load average {load}");
        }
    }
}
