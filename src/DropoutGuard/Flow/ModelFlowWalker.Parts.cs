using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Objects kept part by part in locals, so a part reads back exactly what was stored in it: tuple elements
    /// (<c>pair.Policy</c>, <c>pair.Item2</c>, <c>var (p, r) = pair;</c>), record positional properties
    /// (<c>new ModelPair(policy, reference).Reference</c>) and members set by an object initializer.
    /// </summary>
    internal sealed partial class ModelFlowWalker
    {
        private readonly Dictionary<ISymbol, Dictionary<string, ImmutableArray<ModelValue>>> _parts =
            new Dictionary<ISymbol, Dictionary<string, ImmutableArray<ModelValue>>>(SymbolEqualityComparer.Default);

        private readonly Dictionary<IOperation, Dictionary<string, ImmutableArray<ModelValue>>> _partsOfCreation =
            new Dictionary<IOperation, Dictionary<string, ImmutableArray<ModelValue>>>();

        private List<ImmutableArray<ModelValue>>? _returnedElements;

        /// <summary>Evaluates a value stored into <paramref name="target"/>, remembering its parts separately.</summary>
        private ImmutableArray<ModelValue> EvalStoredValue(ISymbol? target, IOperation? value)
        {
            var unwrapped = Unwrap(value);
            ImmutableArray<ModelValue> values;
            Dictionary<string, ImmutableArray<ModelValue>>? parts = null;
            if (unwrapped is ITupleOperation tuple)
            {
                var elements = tuple.Elements.Select(Eval).ToList();
                parts = TupleParts(elements);
                values = elements.Aggregate(ValueSet.Empty, ValueSet.Union);
            }
            else
            {
                values = Eval(value);
                if (unwrapped is not null)
                    _partsOfCreation.TryGetValue(unwrapped, out parts);
            }
            if (target is not null)
            {
                if (parts is null)
                    _parts.Remove(target);
                else
                    _parts[target] = parts;
            }
            return values;
        }

        /// <summary>Record positional arguments and initializer members of a new carrier object, by member name.</summary>
        private void RecordCreationParts(IObjectCreationOperation creation, ArgumentValues arguments, IEnumerable<(string Member, ImmutableArray<ModelValue> Values)> initialized)
        {
            var parts = new Dictionary<string, ImmutableArray<ModelValue>>();
            if (creation.Type is INamedTypeSymbol { IsRecord: true } record)
            {
                foreach (var (argument, values) in arguments.Pairs)
                {
                    if (argument.Parameter is { } parameter && record.GetMembers(parameter.Name).OfType<IPropertySymbol>().Any())
                        parts[parameter.Name] = values;
                }
            }
            foreach (var (member, values) in initialized)
                parts[member] = values;
            if (parts.Count > 0)
                _partsOfCreation[creation] = parts;
        }

        /// <summary>The part a member read returns, when its object was stored part by part; else null.</summary>
        private ImmutableArray<ModelValue>? PartOf(ISymbol member, IOperation? instance)
        {
            if (StorageOf(instance) is not { } storage || !_parts.TryGetValue(storage, out var parts))
                return null;
            var key = member is IFieldSymbol { ContainingType.IsTupleType: true } field ? (field.CorrespondingTupleField ?? field).Name : member.Name;
            return parts.TryGetValue(key, out var values) ? values : null;
        }

        /// <summary>The elements a deconstructed value supplies, one per target: exact for tuples, else each may be any.</summary>
        private ImmutableArray<ImmutableArray<ModelValue>> DeconstructedElements(IOperation value, int count)
        {
            var unwrapped = Unwrap(value);
            if (unwrapped is ITupleOperation tuple && tuple.Elements.Length == count)
                return tuple.Elements.Select(Eval).ToImmutableArray();
            var all = Eval(value);
            return KnownParts(value, unwrapped) is { } parts && TupleElements(parts, count) is { } elements
                ? elements.ToImmutableArray()
                : Enumerable.Repeat(all, count).ToImmutableArray();
        }

        /// <summary>Tuple elements as parts named as the compiler names the fields: Item1, Item2, …</summary>
        private static Dictionary<string, ImmutableArray<ModelValue>> TupleParts(IReadOnlyList<ImmutableArray<ModelValue>> elements)
        {
            var parts = new Dictionary<string, ImmutableArray<ModelValue>>();
            for (var i = 0; i < elements.Count; i++)
                parts["Item" + (i + 1)] = elements[i];
            return parts;
        }

        /// <summary>The <paramref name="count"/> tuple elements the parts hold, or null when one is missing.</summary>
        private static List<ImmutableArray<ModelValue>>? TupleElements(Dictionary<string, ImmutableArray<ModelValue>> parts, int count)
        {
            var elements = new List<ImmutableArray<ModelValue>>(count);
            for (var position = 1; position <= count; position++)
            {
                if (!parts.TryGetValue("Item" + position, out var element))
                    return null;
                elements.Add(element);
            }
            return elements;
        }

        /// <summary>The parts of what a local holds, or of the value an operation made (a call returning a tuple).</summary>
        private Dictionary<string, ImmutableArray<ModelValue>>? KnownParts(IOperation value, IOperation? unwrapped)
        {
            if (StorageOf(value) is { } storage && _parts.TryGetValue(storage, out var stored))
                return stored;
            return unwrapped is not null && _partsOfCreation.TryGetValue(unwrapped, out var made) ? made : null;
        }

        /// <summary>
        /// What a returned value returns, remembering per element position what a returned tuple holds (a tuple literal, a
        /// local stored part by part), so callers can take the elements apart.
        /// </summary>
        private ImmutableArray<ModelValue> EvalReturnedElements(IOperation? value)
        {
            var unwrapped = Unwrap(value);
            List<ImmutableArray<ModelValue>>? elements = null;
            ImmutableArray<ModelValue> values;
            if (unwrapped is ITupleOperation tuple)
            {
                elements = tuple.Elements.Select(Eval).ToList();
                values = elements.Aggregate(ValueSet.Empty, ValueSet.Union);
            }
            else
            {
                values = Eval(value);
                if (value?.Type is INamedTypeSymbol { IsTupleType: true } tupleType && KnownParts(value, unwrapped) is { } parts)
                    elements = TupleElements(parts, tupleType.TupleElements.Length);
            }
            if (elements is not null)
            {
                _returnedElements ??= new List<ImmutableArray<ModelValue>>();
                for (var i = 0; i < elements.Count; i++)
                {
                    if (i < _returnedElements.Count)
                        _returnedElements[i] = ValueSet.Union(_returnedElements[i], elements[i]);
                    else
                        _returnedElements.Add(elements[i]);
                }
            }
            return values;
        }

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
                operation = conversion.Operand;
            return operation;
        }
    }
}
