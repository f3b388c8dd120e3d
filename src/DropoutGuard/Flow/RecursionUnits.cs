using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Per type, read once from source text: the methods that call each other in a cycle (recursion, direct or mutual).
    /// A method calls another when its body names it, so the cycles are found without binding, and they are the same
    /// whatever asks first; a name that is not a call only makes a cycle larger.
    /// </summary>
    internal sealed class RecursionUnits
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, System.Lazy<Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>>> _byType =
            SharedCache.Create<INamedTypeSymbol, System.Lazy<Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>>>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, WordSet> _memberNames =
            SharedCache.Create<INamedTypeSymbol, WordSet>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _byMethod =
            SharedCache.Create<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        /// <summary>The members of <paramref name="definition"/>'s cycle in declaration order, or empty when it is in none.</summary>
        /// <remarks>Asked on every summary lookup, so the answer is kept per method.</remarks>
        public ImmutableArray<IMethodSymbol> Of(IMethodSymbol definition)
        {
            if (definition.MethodKind != MethodKind.Ordinary || definition.ContainingType is not { } type)
                return ImmutableArray<IMethodSymbol>.Empty;
            return _byMethod.TryGetValue(definition, out var known) ? known : _byMethod.GetOrAdd(definition, Find(definition, type));
        }

        private ImmutableArray<IMethodSymbol> Find(IMethodSymbol definition, INamedTypeSymbol type)
        {
            // A body that names no member of its type calls none of its methods: it is in no cycle, and the whole type
            // need not be read to know it.
            if (!_byType.TryGetValue(type, out var units))
            {
                if (!MentionsMemberOfType(definition, type))
                    return ImmutableArray<IMethodSymbol>.Empty;
                units = _byType.GetOrAdd(type, LazyUnits(type));
            }
            return units.Value.TryGetValue(definition, out var unit) ? unit : ImmutableArray<IMethodSymbol>.Empty;
        }

        private bool MentionsMemberOfType(IMethodSymbol definition, INamedTypeSymbol type)
        {
            if (!_memberNames.TryGetValue(type, out var names))
                names = _memberNames.GetOrAdd(type, new WordSet(type.MemberNames));
            foreach (var body in BodiesOf(definition))
            {
                if (SourceWords.Any(body, names))
                    return true;
            }
            return false;
        }

        private static System.Lazy<Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>> LazyUnits(INamedTypeSymbol type)
            => new System.Lazy<Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>>(() => FindAll(type));

        private static Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> FindAll(INamedTypeSymbol type)
        {
            var methods = new List<IMethodSymbol>();
            var bodies = new List<List<SyntaxNode>>();
            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                    continue;
                var definition = SourceMethods.Definition(method);
                var body = BodiesOf(definition);
                if (body.Count > 0)
                {
                    methods.Add(definition);
                    bodies.Add(body);
                }
            }
            var units = new Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
            if (methods.Count == 0)
                return units;

            var byName = new Dictionary<string, List<int>>();
            for (var i = 0; i < methods.Count; i++)
            {
                if (!byName.TryGetValue(methods[i].Name, out var sameName))
                    byName[methods[i].Name] = sameName = new List<int>();
                sameName.Add(i);
            }
            var names = new WordSet(byName.Keys);
            var calls = new List<int>[methods.Count];
            for (var i = 0; i < methods.Count; i++)
            {
                var callees = calls[i] = new List<int>();
                foreach (var body in bodies[i])
                    SourceWords.ForEach(body, names, name => callees.AddRange(byName[name]));
            }

            foreach (var component in StronglyConnected(calls))
            {
                if (component.Count == 1 && !calls[component[0]].Contains(component[0]))
                    continue;
                var members = component.Select(index => methods[index]).OrderBy(method => method, DeclarationOrder.Instance).ToImmutableArray();
                foreach (var member in members)
                    units[member] = members;
            }
            return units;
        }

        /// <summary>The bodies only: a method's own declaration names it without calling it.</summary>
        private static List<SyntaxNode> BodiesOf(IMethodSymbol definition)
        {
            var bodies = new List<SyntaxNode>();
            foreach (var declaration in SourceMethods.BodySyntax(definition))
            {
                if (declaration is BaseMethodDeclarationSyntax method && (method.Body ?? (SyntaxNode?)method.ExpressionBody) is { } body)
                    bodies.Add(body);
            }
            return bodies;
        }

        /// <summary>Tarjan's algorithm, iterative (a long chain of calls must not exhaust the stack).</summary>
        private static List<List<int>> StronglyConnected(List<int>[] edges)
        {
            var count = edges.Length;
            var index = new int[count];
            var low = new int[count];
            var onStack = new bool[count];
            for (var i = 0; i < count; i++)
                index[i] = -1;
            var stack = new Stack<int>();
            var components = new List<List<int>>();
            var next = 0;
            var work = new Stack<(int Node, int Edge)>();
            for (var root = 0; root < count; root++)
            {
                if (index[root] >= 0)
                    continue;
                work.Push((root, 0));
                while (work.Count > 0)
                {
                    var (node, edge) = work.Pop();
                    if (edge == 0)
                    {
                        index[node] = low[node] = next++;
                        stack.Push(node);
                        onStack[node] = true;
                    }
                    else
                    {
                        var child = edges[node][edge - 1];
                        low[node] = System.Math.Min(low[node], low[child]);
                    }
                    var descended = false;
                    for (; edge < edges[node].Count; edge++)
                    {
                        var target = edges[node][edge];
                        if (index[target] < 0)
                        {
                            work.Push((node, edge + 1));
                            work.Push((target, 0));
                            descended = true;
                            break;
                        }
                        if (onStack[target])
                            low[node] = System.Math.Min(low[node], index[target]);
                    }
                    if (descended)
                        continue;
                    if (low[node] == index[node])
                    {
                        var component = new List<int>();
                        int member;
                        do
                        {
                            member = stack.Pop();
                            onStack[member] = false;
                            component.Add(member);
                        }
                        while (member != node);
                        components.Add(component);
                    }
                }
            }
            return components;
        }

        private sealed class DeclarationOrder : IComparer<IMethodSymbol>
        {
            public static readonly DeclarationOrder Instance = new DeclarationOrder();

            public int Compare(IMethodSymbol? x, IMethodSymbol? y)
            {
                var left = x!.Locations.FirstOrDefault();
                var right = y!.Locations.FirstOrDefault();
                var byPath = string.CompareOrdinal(left?.SourceTree?.FilePath, right?.SourceTree?.FilePath);
                return byPath != 0 ? byPath : (left?.SourceSpan.Start ?? 0).CompareTo(right?.SourceSpan.Start ?? 0);
            }
        }
    }
}
