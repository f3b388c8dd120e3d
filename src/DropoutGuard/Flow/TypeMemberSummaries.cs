using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>What the members of a type do to the models held in its fields and properties, across all its methods.</summary>
    internal sealed class MemberEvents
    {
        public static readonly MemberEvents None = new MemberEvents();

        public bool Disabled { get; set; }
        public bool Evaluated { get; set; }
        public List<TrainingSink> Sinks { get; } = new List<TrainingSink>();
    }

    /// <summary>
    /// Memoised per type: a model stored in <c>_policy</c> by one member may be disabled or handed to a trainer by another.
    /// </summary>
    internal sealed class TypeMemberSummaries
    {
        private readonly FlowServices _services;
        private readonly ConcurrentDictionary<INamedTypeSymbol, IReadOnlyDictionary<ISymbol, MemberEvents>> _byType =
            new ConcurrentDictionary<INamedTypeSymbol, IReadOnlyDictionary<ISymbol, MemberEvents>>(SymbolEqualityComparer.Default);

        public TypeMemberSummaries(FlowServices services) => _services = services;

        public MemberEvents For(ISymbol member)
        {
            var type = member.ContainingType?.OriginalDefinition;
            if (type is null || type.DeclaringSyntaxReferences.IsEmpty)
                return MemberEvents.None;
            if (!_byType.TryGetValue(type, out var events))
            {
                // Summaries never ask for member events, so this cannot re-enter today; the guard keeps a future
                // caller from recursing without end.
                if (!InProgressGuard<INamedTypeSymbol>.TryEnter(type))
                    return MemberEvents.None;
                try
                {
                    events = _byType.GetOrAdd(type, Compute(type));
                }
                finally
                {
                    InProgressGuard<INamedTypeSymbol>.Exit(type);
                }
            }
            return events.TryGetValue(member.OriginalDefinition, out var memberEvents) ? memberEvents : MemberEvents.None;
        }

        private IReadOnlyDictionary<ISymbol, MemberEvents> Compute(INamedTypeSymbol type)
        {
            var events = new Dictionary<ISymbol, MemberEvents>(SymbolEqualityComparer.Default);
            foreach (var member in type.GetMembers())
            {
                foreach (var result in Analyze(member))
                    Collect(type, result, events);
            }
            // Partial parts list their members in syntax tree order; messages name the first sink, so order by place.
            foreach (var memberEvents in events.Values)
                memberEvents.Sinks.Sort(SinkOrder);
            return events;
        }

        private IEnumerable<ModelFlowResult> Analyze(ISymbol member)
        {
            if (member is IMethodSymbol method)
            {
                if (_services.Summaries.Analyze(SourceMethods.Definition(method), depth: 1) is { } result)
                    yield return result;
                yield break;
            }
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var initializer = reference.GetSyntax() switch
                {
                    VariableDeclaratorSyntax variable => variable.Initializer,
                    PropertyDeclarationSyntax property => property.Initializer,
                    _ => null,
                };
                if (initializer is null)
                    continue;
                var operation = _services.SemanticModelFor(initializer.SyntaxTree)?.GetOperation(initializer);
                if (operation is not null)
                    yield return _services.Walk(ImmutableArray.Create(operation), member, depth: 1);
            }
        }

        private static int SinkOrder(TrainingSink x, TrainingSink y)
        {
            var byPath = string.CompareOrdinal(x.Operation.Syntax.SyntaxTree.FilePath, y.Operation.Syntax.SyntaxTree.FilePath);
            return byPath != 0 ? byPath : x.Operation.Syntax.SpanStart.CompareTo(y.Operation.Syntax.SpanStart);
        }

        private static void Collect(INamedTypeSymbol type, ModelFlowResult result, Dictionary<ISymbol, MemberEvents> events)
        {
            foreach (var placeholder in result.Placeholders.Values)
            {
                if (placeholder.Kind != PlaceholderKind.Member || placeholder.Symbol is not { } symbol
                    || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.OriginalDefinition, type))
                {
                    continue;
                }
                var key = symbol.OriginalDefinition;
                if (!events.TryGetValue(key, out var memberEvents))
                    events[key] = memberEvents = new MemberEvents();
                memberEvents.Disabled |= placeholder.IsDisabled;
                memberEvents.Evaluated |= placeholder.Evals.Count > 0;
                memberEvents.Sinks.AddRange(placeholder.Sinks);
            }
        }
    }
}
