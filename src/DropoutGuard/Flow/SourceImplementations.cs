using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Per compilation and on demand: the source methods that override a virtual or abstract method or implement an
    /// interface method, so a call through the slot can be judged by what the bodies behind it return. Only the types
    /// that declare a method of the slot's name are bound, so asking costs little in a large project.
    /// </summary>
    internal sealed class SourceImplementations
    {
        private readonly FlowServices _services;
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _bySlot =
            SharedCache.Create<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        public SourceImplementations(FlowServices services) => _services = services;

        public ImmutableArray<IMethodSymbol> Of(IMethodSymbol slot)
        {
            var definition = slot.OriginalDefinition;
            return _bySlot.TryGetValue(definition, out var known) ? known : _bySlot.GetOrAdd(definition, Find(definition));
        }

        /// <summary>Virtual dispatch can reach source bodies other than the one the call names.</summary>
        public static bool IsDispatched(IMethodSymbol method)
            => method.IsAbstract || method.IsVirtual || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface;

        private ImmutableArray<IMethodSymbol> Find(IMethodSymbol slot)
        {
            var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
            var seenTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var tree in _services.Compilation.SyntaxTrees)
            {
                foreach (var declaration in TypesDeclaringMethod.In(tree, slot.Name))
                {
                    if (_services.SemanticModelFor(tree)?.GetDeclaredSymbol(declaration) is INamedTypeSymbol type && seenTypes.Add(type))
                        AddImplementations(type, slot, found);
                }
            }
            return found.ToImmutable();
        }

        private static void AddImplementations(INamedTypeSymbol type, IMethodSymbol slot, ImmutableArray<IMethodSymbol>.Builder found)
        {
            if (slot.ContainingType.TypeKind == TypeKind.Interface)
            {
                foreach (var @interface in type.AllInterfaces)
                {
                    if (!SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, slot.ContainingType))
                        continue;
                    foreach (var member in @interface.GetMembers(slot.Name))
                    {
                        if (member is IMethodSymbol constructedSlot && SymbolEqualityComparer.Default.Equals(constructedSlot.OriginalDefinition, slot)
                            && type.FindImplementationForInterfaceMember(constructedSlot) is IMethodSymbol implementation
                            && SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type) && SourceMethods.HasBody(implementation))
                        {
                            AddOnce(found, implementation.OriginalDefinition);
                        }
                    }
                }
                return;
            }
            foreach (var member in type.GetMembers(slot.Name))
            {
                if (member is not IMethodSymbol method || !SourceMethods.HasBody(method))
                    continue;
                for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, slot))
                    {
                        AddOnce(found, method.OriginalDefinition);
                        break;
                    }
                }
            }
        }

        private static void AddOnce(ImmutableArray<IMethodSymbol>.Builder found, IMethodSymbol method)
        {
            if (!found.Any(known => SymbolEqualityComparer.Default.Equals(known, method)))
                found.Add(method);
        }
    }
}
