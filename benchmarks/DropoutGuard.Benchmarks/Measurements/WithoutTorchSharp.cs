using System;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>(d) the same trees without the TorchSharp references: what the analyzers cost a project that does not use it.</summary>
    public sealed record WithoutTorchSharp(TimeSpan Compile, TimeSpan Callbacks, int ActionsBeyondCompilationStart)
    {
        public static WithoutTorchSharp Measure(ParsedCorpus corpus)
        {
            var compile = AnalyzerRun.CompileOnly(corpus.NewCompilation(withTorchSharp: false));
            var analyzers = AnalyzerSets.DropoutGuard();
            var run = AnalyzerRun.Run(corpus.NewCompilation(withTorchSharp: false), analyzers);
            return new WithoutTorchSharp(compile, run.TimeOf(analyzers), run.ActionsBeyondCompilationStart(analyzers));
        }
    }
}
