using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Tuples of models kept element by element in locals: <c>var pair = (Policy: Load(a), Reference: Load(b));</c> then
    /// <c>pair.Policy</c>, <c>pair.Item2</c> or <c>var (p, r) = pair;</c> read back exactly the element stored.
    /// </summary>
    internal sealed partial class ModelFlowWalker
    {
        private readonly Dictionary<ISymbol, ImmutableArray<ImmutableArray<ModelValue>>> _tupleElements =
            new Dictionary<ISymbol, ImmutableArray<ImmutableArray<ModelValue>>>(SymbolEqualityComparer.Default);

        /// <summary>Evaluates a value stored into <paramref name="target"/>, remembering tuple elements separately.</summary>
        private ImmutableArray<ModelValue> EvalStoredValue(ISymbol? target, IOperation? value)
        {
            if (Unwrap(value) is not ITupleOperation tuple)
            {
                if (target is not null)
                    _tupleElements.Remove(target);
                return Eval(value);
            }
            var elements = tuple.Elements.Select(Eval).ToImmutableArray();
            if (target is not null)
                _tupleElements[target] = elements;
            return elements.Aggregate(ValueSet.Empty, ValueSet.Union);
        }

        /// <summary>The element a tuple field reads, when the tuple was stored element by element; else null.</summary>
        private ImmutableArray<ModelValue>? TupleElement(IFieldSymbol field, IOperation? instance)
        {
            if (field.ContainingType is not { IsTupleType: true } || StorageOf(instance) is not { } storage
                || !_tupleElements.TryGetValue(storage, out var elements))
            {
                return null;
            }
            var name = (field.CorrespondingTupleField ?? field).Name;
            return name.StartsWith("Item", System.StringComparison.Ordinal) && int.TryParse(name.Substring(4), out var position)
                && position >= 1 && position <= elements.Length
                ? elements[position - 1]
                : null;
        }

        /// <summary>The elements a deconstructed value supplies, one per target: exact for tuples, else each may be any.</summary>
        private ImmutableArray<ImmutableArray<ModelValue>> DeconstructedElements(IOperation value, int count)
        {
            if (Unwrap(value) is ITupleOperation tuple && tuple.Elements.Length == count)
                return tuple.Elements.Select(Eval).ToImmutableArray();
            if (StorageOf(value) is { } storage && _tupleElements.TryGetValue(storage, out var stored) && stored.Length == count)
            {
                Eval(value);
                return stored;
            }
            var all = Eval(value);
            return Enumerable.Repeat(all, count).ToImmutableArray();
        }

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
                operation = conversion.Operand;
            return operation;
        }
    }
}
