using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Benchmarks
{
    /// <summary>
    /// <c>--stages N</c>: the rules' per-block sequence (gate facts, DG0001/DG0003 gate, walk and verdicts, DG0002 gate)
    /// run on one thread over every method body of an N-file corpus, each body bound just before its turn (untimed), so
    /// the time is DropoutGuard's own CPU work plus the binding its summaries ask for ahead of the driver, free of the
    /// driver's scheduling and of other processes.
    /// </summary>
    internal static class StageTimes
    {
        public static void Run(int files, int runs)
        {
            var corpus = ParsedCorpus.Generate(files);
            for (var run = 0; run < runs; run++)
            {
                var compilation = corpus.NewCompilation();
                var services = FlowServicesCache.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))!;
                // Bodies are bound in file order just before their own analysis, as the driver does; a summary may
                // bind a body that comes later, and that binding is counted in the walk, as in a build.
                var bodies = new List<(SemanticModel Model, SyntaxNode Body)>();
                foreach (var tree in compilation.SyntaxTrees)
                {
                    var model = services.SemanticModelFor(tree)!;
                    foreach (var body in tree.GetRoot().DescendantNodes().Where(IsBody))
                        bodies.Add((model, body));
                }
                var blocks = bodies.Select(pair => (Owner: pair.Model.GetDeclaredSymbol(pair.Body.Parent!)!, Body: pair.Body, Model: pair.Model));
                GC.Collect();
                var facts = new Stopwatch();
                var gate = new Stopwatch();
                var walk = new Stopwatch();
                var total = new Stopwatch();
                long factsBytes = 0, gateBytes = 0, walkBytes = 0;
                var walked = 0;
                var findings = 0;
                var count = 0;
                foreach (var (owner, body, model) in blocks)
                {
                    if (model.GetOperation(body) is not { } operation)
                        continue;
                    count++;
                    var block = ImmutableArray.Create(operation);
                    total.Start();
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    facts.Start();
                    services.Facts(owner, block);
                    facts.Stop();
                    factsBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    bytes = GC.GetAllocatedBytesForCurrentThread();
                    gate.Start();
                    var mayReport = services.MayReportOrigins(owner, block);
                    var mayReenable = services.MayReenableDropout(owner, block);
                    gate.Stop();
                    gateBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    bytes = GC.GetAllocatedBytesForCurrentThread();
                    if (mayReport || mayReenable)
                    {
                        walk.Start();
                        var (_, verdicts) = services.AssessBlock(owner, block);
                        walk.Stop();
                        walked++;
                        findings += verdicts.Count(v => v.IsFinding);
                    }
                    walkBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    total.Stop();
                }
                Console.WriteLine($"run {run}: {count} blocks, {walked} walked, {findings} DG0001 findings; total {total.ElapsedMilliseconds} ms = facts {facts.ElapsedMilliseconds} + gate {gate.ElapsedMilliseconds} + walks and verdicts {walk.ElapsedMilliseconds} ms; " +
                    $"allocated: facts {factsBytes >> 20} MB, gate {gateBytes >> 20} MB, walks {walkBytes >> 20} MB; GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; " +
                    $"work: {services.Work.BlocksWalked} walks, {services.Work.SummariesComputed} summaries, {services.Work.SyntaxWalked / 1000} k chars");
            }
        }

        private static bool IsBody(SyntaxNode node)
            => node is BlockSyntax or ArrowExpressionClauseSyntax && node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax;
    }
}
