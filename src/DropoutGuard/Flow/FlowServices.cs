using System.Collections.Concurrent;
using System.Collections.Immutable;
using DropoutGuard.Options;
using DropoutGuard.TrainingPaths;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>Per-compilation state shared by every block analysis: symbols, options, path names and the memoised summaries.</summary>
    internal sealed class FlowServices
    {
        /// <summary>The gate's facts and the flow result of the block each thread is analysing, shared by all rules.</summary>
        public RecentBlocks Recent { get; } = new RecentBlocks();

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = SharedCache.Create<SyntaxTree, SemanticModel>();

        public FlowServices(Compilation compilation, TorchSharpTypes types, OptionsReader options)
        {
            Compilation = compilation;
            Types = types;
            Options = options;
            Paths = new TrainingPathResolver();
            Summaries = new MethodSummaries(this);
            Members = new TypeMemberSummaries(this);
            Implementations = new SourceImplementations(this);
            Carriers = new ModelCarriers(types);
            TypeEnds = new TypeEndBlocks(this);
        }

        public Compilation Compilation { get; }
        public TorchSharpTypes Types { get; }
        public OptionsReader Options { get; }
        public TrainingPathResolver Paths { get; }
        public MethodSummaries Summaries { get; }
        public TypeMemberSummaries Members { get; }
        public SourceImplementations Implementations { get; }
        public ModelCarriers Carriers { get; }
        public TypeEndBlocks TypeEnds { get; }

        /// <summary><see cref="DisablingVocabulary.ConstructorMayDisable"/> per constructor and options.</summary>
        public ConcurrentDictionary<(IMethodSymbol Constructor, Options.DropoutGuardOptions Options), bool> ConstructorsThatMayDisable { get; } =
            SharedCache.Create<(IMethodSymbol, Options.DropoutGuardOptions), bool>(SymbolAndInstanceComparer<IMethodSymbol, Options.DropoutGuardOptions>.Instance);

        /// <summary>What the analysis of this compilation has walked so far.</summary>
        public AnalysisWork Work { get; } = new AnalysisWork();

        /// <summary>Every walk of operation blocks goes through here, so <see cref="Work"/> counts it.</summary>
        public ModelFlowResult Walk(ImmutableArray<IOperation> blocks, ISymbol owningSymbol, int depth)
        {
            var length = 0;
            foreach (var block in blocks)
                length += block.Syntax.Span.Length;
            Work.BlockWalked(length);
            return ModelFlowWalker.Analyze(this, blocks, owningSymbol, depth);
        }

        /// <summary>
        /// A new analysis state over the same compilation (every memo table empty, the TorchSharp symbols looked up again)
        /// that reuses the semantic models, so the bodies already bound stay bound: the benchmark's stage timer measures
        /// the analysis apart from binding with it.
        /// </summary>
        internal FlowServices WithEmptyMemos()
        {
            var fresh = new FlowServices(Compilation, TorchSharpTypes.TryCreate(Compilation) ?? Types, Options);
            foreach (var pair in _semanticModels)
                fresh._semanticModels[pair.Key] = pair.Value;
            return fresh;
        }

        /// <summary>
        /// Semantic models of other files, for summaries of the methods a block calls; one per tree. For the file of a block
        /// analysed at its type's end, the driver's model of it, which holds the bodies the driver has bound (a model made
        /// after the driver has let go of the file would bind them again); it is not kept.
        /// </summary>
        public SemanticModel? SemanticModelFor(SyntaxTree tree)
        {
            if (TypeEndBlocks.Current?.Blocks[0].SemanticModel is { } driverModel && driverModel.SyntaxTree == tree && ReferenceEquals(driverModel.Compilation, Compilation))
                return driverModel;
            if (_semanticModels.TryGetValue(tree, out var known))
                return known;
            if (!Compilation.ContainsSyntaxTree(tree))
                return null;
#pragma warning disable RS1030 // Summaries of called methods need their bodies' operations; the model is created once per tree and cached.
            return _semanticModels.GetOrAdd(tree, Compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
        }
    }
}
