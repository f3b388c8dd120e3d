using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Per compilation, from symbols only: the source methods that override a virtual or abstract method or implement an
    /// interface method, so a call through the slot can be judged by what the bodies behind it return.
    /// </summary>
    internal sealed class SourceImplementations
    {
        private readonly Compilation _compilation;
        private Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>? _bySlot;

        public SourceImplementations(Compilation compilation) => _compilation = compilation;

        public ImmutableArray<IMethodSymbol> Of(IMethodSymbol slot)
        {
            var index = LazyInitializer.EnsureInitialized(ref _bySlot, Build)!;
            return index.TryGetValue(slot.OriginalDefinition, out var implementations) ? implementations : ImmutableArray<IMethodSymbol>.Empty;
        }

        /// <summary>Virtual dispatch can reach source bodies other than the one the call names.</summary>
        public static bool IsDispatched(IMethodSymbol method)
            => method.IsAbstract || method.IsVirtual || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface;

        private Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> Build()
        {
            var builders = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(_compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                foreach (var member in current.GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol nested)
                        pending.Push(nested);
                    if (member is IMethodSymbol method && SourceMethods.HasBody(method))
                        Index(method, builders);
                }
                if (current is INamedTypeSymbol type)
                    IndexInterfaces(type, builders);
            }
            var index = new Dictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
            foreach (var pair in builders)
                index[pair.Key] = pair.Value.ToImmutableArray();
            return index;
        }

        private static void Index(IMethodSymbol method, Dictionary<IMethodSymbol, List<IMethodSymbol>> builders)
        {
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                Add(builders, overridden, method);
        }

        private static void IndexInterfaces(INamedTypeSymbol type, Dictionary<IMethodSymbol, List<IMethodSymbol>> builders)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
                return;
            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var member in @interface.GetMembers())
                {
                    if (member is IMethodSymbol slot && type.FindImplementationForInterfaceMember(slot) is IMethodSymbol implementation
                        && SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type) && SourceMethods.HasBody(implementation))
                    {
                        Add(builders, slot, implementation);
                    }
                }
            }
        }

        private static void Add(Dictionary<IMethodSymbol, List<IMethodSymbol>> builders, IMethodSymbol slot, IMethodSymbol implementation)
        {
            var key = slot.OriginalDefinition;
            if (!builders.TryGetValue(key, out var list))
                builders[key] = list = new List<IMethodSymbol>();
            list.Add(implementation.OriginalDefinition);
        }
    }
}
