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

        /// <summary>Models made with dropout disabled and stored in the member (<c>_policy = Load(…).DisableDropout()</c>).</summary>
        public int StoredDisabled { get; set; }

        /// <summary>Models stored in the member with dropout still on.</summary>
        public int StoredEnabled { get; set; }

        /// <summary>Every model stored in the member had dropout disabled where it was made.</summary>
        public bool HoldsOnlyDisabledModels => StoredDisabled > 0 && StoredEnabled == 0;
        public List<TrainingSink> Sinks { get; } = new List<TrainingSink>();
    }

    /// <summary>
    /// Memoised per type: a model stored in <c>_policy</c> by one member may be disabled or handed to a trainer by another.
    /// </summary>
    internal sealed class TypeMemberSummaries
    {
        private readonly FlowServices _services;
        private readonly ConcurrentDictionary<INamedTypeSymbol, System.Lazy<IReadOnlyDictionary<ISymbol, MemberEvents>>> _byType =
            SharedCache.Create<INamedTypeSymbol, System.Lazy<IReadOnlyDictionary<ISymbol, MemberEvents>>>(SymbolEqualityComparer.Default);

        public TypeMemberSummaries(FlowServices services) => _services = services;

        public MemberEvents For(ISymbol member)
        {
            var type = member.ContainingType?.OriginalDefinition;
            if (type is null || type.DeclaringSyntaxReferences.IsEmpty)
                return MemberEvents.None;
            // Summaries never ask for member events, so this cannot re-enter today; the guard keeps a future caller from
            // recursing without end. The lazy value computes each type once even when blocks of its parts run in parallel.
            if (!InProgressGuard<INamedTypeSymbol>.TryEnter(type))
                return MemberEvents.None;
            IReadOnlyDictionary<ISymbol, MemberEvents> events;
            try
            {
                events = _byType.GetOrAdd(type, t => new System.Lazy<IReadOnlyDictionary<ISymbol, MemberEvents>>(() => Compute(t))).Value;
            }
            finally
            {
                InProgressGuard<INamedTypeSymbol>.Exit(type);
            }
            return events.TryGetValue(member.OriginalDefinition, out var memberEvents) ? memberEvents : MemberEvents.None;
        }

        private IReadOnlyDictionary<ISymbol, MemberEvents> Compute(INamedTypeSymbol type)
        {
            var events = new Dictionary<ISymbol, MemberEvents>(SymbolEqualityComparer.Default);
            var modelMembers = ModelMemberNames(type);
            if (modelMembers.Count == 0)
                return events;
            foreach (var member in type.GetMembers())
            {
                // Only members that name a model-typed field or property can do anything to one (read by tokens, unbound).
                if (member is IMethodSymbol ? !Mentions(member, modelMembers) : !modelMembers.Contains(member.Name))
                    continue;
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

        private HashSet<string> ModelMemberNames(INamedTypeSymbol type)
        {
            var names = new HashSet<string>();
            foreach (var member in type.GetMembers())
            {
                var memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (_services.Types.IsModule(memberType))
                    names.Add(member.Name);
            }
            return names;
        }

        private static bool Mentions(ISymbol member, HashSet<string> names)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                if (SourceWords.Any(reference.GetSyntax(), names.Contains))
                    return true;
            }
            return false;
        }

        private static int SinkOrder(TrainingSink x, TrainingSink y)
        {
            var byPath = string.CompareOrdinal(x.Operation.Syntax.SyntaxTree.FilePath, y.Operation.Syntax.SyntaxTree.FilePath);
            return byPath != 0 ? byPath : x.Operation.Syntax.SpanStart.CompareTo(y.Operation.Syntax.SpanStart);
        }

        private static void Collect(INamedTypeSymbol type, ModelFlowResult result, Dictionary<ISymbol, MemberEvents> events)
        {
            foreach (var origin in result.Origins)
            {
                if (origin.Target is not (IFieldSymbol or IPropertySymbol) || !SymbolEqualityComparer.Default.Equals(origin.Target.ContainingType?.OriginalDefinition, type))
                    continue;
                var stored = EventsOf(origin.Target.OriginalDefinition, events);
                if (origin.IsDisabled || origin.DisabledAtCreation)
                    stored.StoredDisabled++;
                else
                    stored.StoredEnabled++;
            }
            foreach (var placeholder in result.Placeholders.Values)
            {
                if (placeholder.Kind != PlaceholderKind.Member || placeholder.Symbol is not { } symbol
                    || !SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.OriginalDefinition, type))
                {
                    continue;
                }
                var memberEvents = EventsOf(symbol.OriginalDefinition, events);
                memberEvents.Disabled |= placeholder.IsDisabled;
                memberEvents.Evaluated |= placeholder.Evals.Count > 0;
                memberEvents.Sinks.AddRange(placeholder.Sinks);
            }
        }

        private static MemberEvents EventsOf(ISymbol member, Dictionary<ISymbol, MemberEvents> events)
        {
            if (!events.TryGetValue(member, out var memberEvents))
                events[member] = memberEvents = new MemberEvents();
            return memberEvents;
        }
    }
}
