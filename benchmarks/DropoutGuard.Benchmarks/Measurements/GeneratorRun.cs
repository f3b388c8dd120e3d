using System;
using System.Diagnostics;
using System.Linq;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>The generator's first run on a fresh compilation, then a re-run after a one-file edit it does not read.</summary>
    public sealed record GeneratorRun(TimeSpan First, int FirstOutputs, TimeSpan Rerun, bool RerunCached, string RerunReasons)
    {
        public static GeneratorRun Measure(ParsedCorpus corpus, bool withTorchSharp)
        {
            var compilation = corpus.NewCompilation(withTorchSharp);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { AnalyzerSets.Generator().AsSourceGenerator() },
                parseOptions: ParsedCorpus.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var first = stopwatch.Elapsed;
            var firstOutputs = driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length);

            // A typical keystroke: a statement added inside a method body of the last file.
            var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), EditOneBody(compilation.SyntaxTrees.Last()));
            stopwatch.Restart();
            driver = driver.RunGenerators(edited);
            var rerun = stopwatch.Elapsed;

            var result = driver.GetRunResult().Results.Single();
            var outputReasons = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(o => o.Reason).ToList();
            var cached = outputReasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            var reasons = string.Join(",", outputReasons.GroupBy(r => r).Select(g => g.Key + (g.Count() > 1 ? "×" + g.Count() : string.Empty)));
            return new GeneratorRun(first, firstOutputs, rerun, cached, reasons.Length == 0 ? "no outputs" : reasons);
        }

        private static SyntaxTree EditOneBody(SyntaxTree tree)
        {
            var text = tree.GetText();
            var position = text.ToString().LastIndexOf("return ", StringComparison.Ordinal);
            return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position, 0), "{ var edited = 1; } ")));
        }
    }
}
