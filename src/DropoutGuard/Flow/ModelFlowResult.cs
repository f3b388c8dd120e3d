using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>Everything the rules read about one analysed block.</summary>
    internal sealed class ModelFlowResult
    {
        public ModelFlowResult(
            ISymbol owningSymbol,
            ImmutableArray<ModelOrigin> origins,
            IReadOnlyDictionary<ISymbol, ModelPlaceholder> placeholders,
            ModelPlaceholder? thisPlaceholder,
            ImmutableArray<ModelValue> returned,
            ImmutableArray<DropoutSite> dropoutSites,
            ImmutableArray<IOperation> blocks)
        {
            OwningSymbol = owningSymbol;
            Origins = origins;
            Placeholders = placeholders;
            This = thisPlaceholder;
            Returned = returned;
            DropoutSites = dropoutSites;
            Blocks = blocks;
        }

        public ISymbol OwningSymbol { get; }

        public ImmutableArray<ModelOrigin> Origins { get; }

        /// <summary>Models read from parameters and members of this, by symbol.</summary>
        public IReadOnlyDictionary<ISymbol, ModelPlaceholder> Placeholders { get; }

        public ModelPlaceholder? This { get; }

        /// <summary>What the block returns, itself or inside a wrapper object.</summary>
        public ImmutableArray<ModelValue> Returned { get; }

        /// <summary>Functional dropout calls and layers that carry dropout only as a constructor argument.</summary>
        public ImmutableArray<DropoutSite> DropoutSites { get; }

        /// <summary>The operation blocks that were walked.</summary>
        public ImmutableArray<IOperation> Blocks { get; }
    }

    internal enum DropoutSiteKind
    {
        /// <summary><c>functional.dropout…(…)</c> and <c>scaled_dot_product_attention(…, p)</c>.</summary>
        FunctionalDropout,

        /// <summary><c>MultiheadAttention</c>, <c>LSTM</c>, <c>TransformerEncoderLayer</c>… made with dropout.</summary>
        LayerArgument,
    }

    /// <summary>Dropout that p = 0 on Dropout modules cannot reach.</summary>
    internal readonly struct DropoutSite
    {
        public DropoutSite(IInvocationOperation invocation, DropoutSiteKind kind, bool probabilityIsZero, bool passesTraining)
        {
            Invocation = invocation;
            Kind = kind;
            ProbabilityIsZero = probabilityIsZero;
            PassesTraining = passesTraining;
        }

        public IInvocationOperation Invocation { get; }
        public DropoutSiteKind Kind { get; }

        /// <summary>The probability (p or dropout) is the constant 0.</summary>
        public bool ProbabilityIsZero { get; }

        /// <summary>The call passes the <c>training</c> argument explicitly.</summary>
        public bool PassesTraining { get; }
    }
}
