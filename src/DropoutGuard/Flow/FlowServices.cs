using System.Collections.Concurrent;
using DropoutGuard.Options;
using DropoutGuard.TrainingPaths;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>Per-compilation state shared by every block analysis: symbols, options, path names and the memoised summaries.</summary>
    internal sealed class FlowServices
    {
        /// <summary>Flow results of analysed blocks, by owning symbol, shared by all rules.</summary>
        public ConcurrentDictionary<ISymbol, ModelFlowResult> BlockResults { get; } = new ConcurrentDictionary<ISymbol, ModelFlowResult>(SymbolEqualityComparer.Default);

        /// <summary>The gate's facts of analysed blocks, by owning symbol, shared by all rules.</summary>
        public ConcurrentDictionary<ISymbol, BlockFacts> BlockFacts { get; } = new ConcurrentDictionary<ISymbol, BlockFacts>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        public FlowServices(Compilation compilation, TorchSharpTypes types, OptionsReader options)
        {
            Compilation = compilation;
            Types = types;
            Options = options;
            Paths = new TrainingPathResolver();
            Summaries = new MethodSummaries(this);
            Members = new TypeMemberSummaries(this);
            Implementations = new SourceImplementations(compilation);
        }

        public Compilation Compilation { get; }
        public TorchSharpTypes Types { get; }
        public OptionsReader Options { get; }
        public TrainingPathResolver Paths { get; }
        public MethodSummaries Summaries { get; }
        public TypeMemberSummaries Members { get; }
        public SourceImplementations Implementations { get; }

        /// <summary>Semantic models of other files, for summaries of the methods a block calls; one per tree.</summary>
        public SemanticModel? SemanticModelFor(SyntaxTree tree)
        {
            if (!Compilation.ContainsSyntaxTree(tree))
                return null;
#pragma warning disable RS1030 // Summaries of called methods need their bodies' operations; the model is created once per tree and cached.
            return _semanticModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
        }
    }
}
