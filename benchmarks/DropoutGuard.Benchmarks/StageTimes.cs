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
    /// driver's scheduling and of other processes. After the runs, the same sequence again over the last run's
    /// compilation with every memo table empty but every body already bound: DropoutGuard's work apart from binding.
    /// </summary>
    internal static class StageTimes
    {
        public static void Run(int files, int runs)
        {
            var corpus = ParsedCorpus.Generate(files);
            FlowServices? last = null;
            List<Block>? lastBlocks = null;
            for (var run = 0; run < runs; run++)
            {
                var compilation = corpus.NewCompilation();
                var services = FlowServicesCache.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))!;
                var blocks = BodiesOf(compilation, services);
                Console.WriteLine($"run {run}: {Measure(services, blocks)}");
                (last, lastBlocks) = (services, blocks);
            }
            if (last is not null && lastBlocks is not null)
            {
                for (var run = 0; run < 3; run++)
                    Console.WriteLine($"bodies bound, memo tables empty: {Measure(last.WithEmptyMemos(), lastBlocks)}");
            }
        }

        /// <summary>
        /// The IDE file's stages alone (for <c>--ide-only</c>): every body of the compilation bound first, then the file's
        /// blocks with every memo table empty, <see cref="OpenFilePasses"/> times. What the file's own analysis costs, apart
        /// from binding. The first pass and the last three are printed: the passes between are what it takes the JIT to
        /// compile the analysis to its optimised tier, as a long-running editor process has.
        /// </summary>
        public static void OpenFile(ParsedCorpus corpus, SyntaxTree openFile)
        {
            var compilation = corpus.NewCompilation();
            var services = FlowServicesCache.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))!;
            var all = BodiesOf(compilation, services);
            foreach (var body in all)
                _ = body.Operation;
            var file = BodiesOf(compilation, services, openFile);
            for (var pass = 1; pass <= OpenFilePasses; pass++)
            {
                var line = Measure(services.WithEmptyMemos(), file);
                if (pass == 1 || pass > OpenFilePasses - 3)
                    Console.WriteLine($"IDE file, bodies bound, memo tables empty, pass {pass}: {line}");
            }
        }

        private const int OpenFilePasses = 80;

        /// <summary>Bodies in file order, each bound just before its own analysis as the driver does (<see cref="Block.Operation"/>).</summary>
        private static List<Block> BodiesOf(Compilation compilation, FlowServices services, SyntaxTree? only = null)
        {
            var bodies = new List<Block>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (only is not null && tree != only)
                    continue;
                var model = services.SemanticModelFor(tree)!;
                foreach (var body in tree.GetRoot().DescendantNodes().Where(IsBody))
                    bodies.Add(new Block(model, body));
            }
            return bodies;
        }

        private static string Measure(FlowServices services, List<Block> blocks)
        {
            GC.Collect();
            var facts = new Stopwatch();
            var gate = new Stopwatch();
            var walk = new Stopwatch();
            var total = new Stopwatch();
            long factsBytes = 0, gateBytes = 0, walkBytes = 0;
            var walked = 0;
            var pauses = TimeSpan.Zero;
            var findings = 0;
            var count = 0;
            foreach (var body in blocks)
            {
                // A summary may bind a body that comes later; that binding is counted in the walk, as in a build.
                if (body.Operation is not { } operation)
                    continue;
                count++;
                var owner = body.Owner;
                var block = ImmutableArray.Create(operation);
                total.Start();
                var pausesBefore = GC.GetTotalPauseDuration();
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
                pauses += GC.GetTotalPauseDuration() - pausesBefore;
            }
            return $"{count} blocks, {walked} walked, {findings} DG0001 findings; total {total.Elapsed.TotalMilliseconds:F1} ms = facts {facts.Elapsed.TotalMilliseconds:F1} + gate {gate.Elapsed.TotalMilliseconds:F1} + walks and verdicts {walk.Elapsed.TotalMilliseconds:F1} ms; " +
                $"GC pauses within {pauses.TotalMilliseconds:F1} ms; allocated: facts {factsBytes >> 20} MB, gate {gateBytes >> 20} MB, walks {walkBytes >> 20} MB; GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; " +
                $"work: {services.Work.BlocksWalked} walks, {services.Work.SummariesComputed} summaries, {services.Work.SyntaxWalked / 1000} k chars";
        }

        private static bool IsBody(SyntaxNode node)
            => node is BlockSyntax or ArrowExpressionClauseSyntax && node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax;

        /// <summary>A method body, its owner and its operation, bound on first use (the model keeps it bound).</summary>
        private sealed class Block
        {
            private readonly SemanticModel _model;
            private readonly SyntaxNode _body;
            private ISymbol? _owner;

            public Block(SemanticModel model, SyntaxNode body) => (_model, _body) = (model, body);

            public ISymbol Owner => _owner ??= _model.GetDeclaredSymbol(_body.Parent!)!;

            public IOperation? Operation => _model.GetOperation(_body);
        }
    }
}
