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
            ImmutableArray<ImmutableArray<ModelValue>> returnedElements,
            ImmutableArray<IOperation> blocks)
        {
            OwningSymbol = owningSymbol;
            Origins = origins;
            Placeholders = placeholders;
            This = thisPlaceholder;
            Returned = returned;
            ReturnedElements = returnedElements;
            Blocks = blocks;
        }

        public ISymbol OwningSymbol { get; }

        public ImmutableArray<ModelOrigin> Origins { get; }

        /// <summary>Models read from parameters and members of this, by symbol.</summary>
        public IReadOnlyDictionary<ISymbol, ModelPlaceholder> Placeholders { get; }

        public ModelPlaceholder? This { get; }

        /// <summary>For a method returning tuples: what each element position returns; empty otherwise.</summary>
        public ImmutableArray<ImmutableArray<ModelValue>> ReturnedElements { get; }

        /// <summary>What the block returns, itself or inside a wrapper object.</summary>
        public ImmutableArray<ModelValue> Returned { get; }

        /// <summary>The operation blocks that were walked.</summary>
        public ImmutableArray<IOperation> Blocks { get; }
    }
}
