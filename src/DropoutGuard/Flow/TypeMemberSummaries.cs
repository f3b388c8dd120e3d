using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    /// Memoised per member: a model stored in <c>_policy</c> by one member may be disabled or handed to a trainer by
    /// another. Only the members whose source names the field are walked, each at most once per compilation, so asking
    /// about one field of a large (or many-part) type costs the few members that use it.
    /// </summary>
    internal sealed class TypeMemberSummaries
    {
        private readonly FlowServices _services;
        private readonly ConcurrentDictionary<ISymbol, System.Lazy<MemberEvents>> _byMember =
            SharedCache.Create<ISymbol, System.Lazy<MemberEvents>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, System.Lazy<Dictionary<string, List<ISymbol>>>> _mentions =
            SharedCache.Create<INamedTypeSymbol, System.Lazy<Dictionary<string, List<ISymbol>>>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, System.Lazy<ImmutableArray<ModelFlowResult>>> _walks =
            SharedCache.Create<ISymbol, System.Lazy<ImmutableArray<ModelFlowResult>>>(SymbolEqualityComparer.Default);

        public TypeMemberSummaries(FlowServices services) => _services = services;

        public MemberEvents For(ISymbol member)
        {
            var definition = member.OriginalDefinition;
            var type = definition.ContainingType;
            if (type is null || type.DeclaringSyntaxReferences.IsEmpty)
                return MemberEvents.None;
            // Summaries never ask for member events, so this cannot re-enter today; the guard keeps a future caller from
            // recursing without end. The lazy value computes each member once even when several blocks ask in parallel.
            if (!InProgressGuard<ISymbol>.TryEnter(definition))
                return MemberEvents.None;
            try
            {
                if (!_byMember.TryGetValue(definition, out var events))
                    events = _byMember.GetOrAdd(definition, LazyEvents(type, definition));
                return events.Value;
            }
            finally
            {
                InProgressGuard<ISymbol>.Exit(definition);
            }
        }

        private MemberEvents Compute(INamedTypeSymbol type, ISymbol field)
        {
            var events = new MemberEvents();
            // Only members whose source names the field can do anything to it (read as text, unbound).
            if (MentionsOf(type).TryGetValue(field.Name, out var members))
            {
                foreach (var member in members)
                {
                    foreach (var result in WalksOf(member))
                        Collect(field, result, events);
                }
            }
            // Partial parts list their members in syntax tree order; messages name the first sink, so order by place.
            events.Sinks.Sort(SinkOrder);
            return events;
        }

        private ImmutableArray<ModelFlowResult> WalksOf(ISymbol member)
            => (_walks.TryGetValue(member, out var walks) ? walks : _walks.GetOrAdd(member, LazyWalks(member))).Value;

        private IEnumerable<ModelFlowResult> Walk(ISymbol member)
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

        /// <summary>Per type, read once: for each of its field and property names, the members whose source names it.</summary>
        private Dictionary<string, List<ISymbol>> MentionsOf(INamedTypeSymbol type)
            => (_mentions.TryGetValue(type, out var mentions) ? mentions : _mentions.GetOrAdd(type, LazyMentions(type))).Value;

        // The lazy values are made apart from the lookups, so a lookup that finds one allocates no closure.
        private System.Lazy<MemberEvents> LazyEvents(INamedTypeSymbol type, ISymbol field)
            => new System.Lazy<MemberEvents>(() => Compute(type, field));

        private System.Lazy<ImmutableArray<ModelFlowResult>> LazyWalks(ISymbol member)
            => new System.Lazy<ImmutableArray<ModelFlowResult>>(() => Walk(member).ToImmutableArray());

        private static System.Lazy<Dictionary<string, List<ISymbol>>> LazyMentions(INamedTypeSymbol type)
            => new System.Lazy<Dictionary<string, List<ISymbol>>>(() => ReadMentions(type));

        private static Dictionary<string, List<ISymbol>> ReadMentions(INamedTypeSymbol type)
        {
            var members = type.GetMembers();
            var names = new WordSet(members.Where(member => member is IFieldSymbol or IPropertySymbol).Select(member => member.Name));
            var mentions = new Dictionary<string, List<ISymbol>>();
            foreach (var member in members)
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    SourceWords.ForEach(reference.GetSyntax(), names, name =>
                    {
                        if (!mentions.TryGetValue(name, out var list))
                            mentions[name] = list = new List<ISymbol>();
                        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], member))
                            list.Add(member);
                    });
                }
            }
            return mentions;
        }

        private static int SinkOrder(TrainingSink x, TrainingSink y)
        {
            var byPath = string.CompareOrdinal(x.Operation.Syntax.SyntaxTree.FilePath, y.Operation.Syntax.SyntaxTree.FilePath);
            return byPath != 0 ? byPath : x.Operation.Syntax.SpanStart.CompareTo(y.Operation.Syntax.SpanStart);
        }

        private static void Collect(ISymbol field, ModelFlowResult result, MemberEvents events)
        {
            foreach (var origin in result.Origins)
            {
                if (origin.Target is not (IFieldSymbol or IPropertySymbol) || !SymbolEqualityComparer.Default.Equals(origin.Target.OriginalDefinition, field))
                    continue;
                if (origin.IsDisabled || origin.DisabledAtCreation)
                    events.StoredDisabled++;
                else
                    events.StoredEnabled++;
            }
            foreach (var placeholder in result.Placeholders.Values)
            {
                if (placeholder.Kind != PlaceholderKind.Member || placeholder.Symbol is not { } symbol
                    || !SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, field))
                {
                    continue;
                }
                events.Disabled |= placeholder.IsDisabled;
                events.Evaluated |= placeholder.Evals.Count > 0;
                events.Sinks.AddRange(placeholder.Sinks);
            }
        }
    }
}
