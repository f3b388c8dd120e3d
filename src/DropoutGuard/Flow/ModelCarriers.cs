using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Per compilation: which types are, or may carry, a model. A call's summary is worth computing for what it returns
    /// only when the returned type may carry one, and a sealed source type's members are read once to know.
    /// </summary>
    internal sealed class ModelCarriers
    {
        /// <summary>Types nested deeper than this in type arguments, tuple elements or members are taken to carry a model.</summary>
        private const int MaxNesting = 3;

        private readonly TorchSharpTypes _types;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _sealedSourceTypes =
            SharedCache.Create<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        public ModelCarriers(TorchSharpTypes types) => _types = types;

        /// <summary>Objects that may hold a model: classes and interfaces other than strings, tensors and delegates.</summary>
        public bool IsCarrier(ITypeSymbol? type)
            => type is { IsReferenceType: true }
            && type.SpecialType == SpecialType.None
            && type.TypeKind is TypeKind.Class or TypeKind.Interface
            && !_types.IsFromTorchSharp(type);

        /// <summary>
        /// Can a value of this type be or carry a model? A carrier can, unless it cannot hold one: a library generic whose
        /// type arguments cannot (<c>List&lt;string&gt;</c>, <c>Dictionary&lt;string, Tensor&gt;</c>), a non-generic class
        /// of the System namespaces (<c>StringBuilder</c>), or a sealed source class none of whose instance fields and
        /// properties can (<c>sealed record PreferenceBatch(Tensor Chosen, Tensor Rejected)</c>).
        /// </summary>
        public bool MayHoldModel(ITypeSymbol? type) => MayHoldModel(type, depth: 0);

        private bool MayHoldModel(ITypeSymbol? type, int depth)
        {
            if (type is null)
                return false;
            if (type is ITypeParameterSymbol || depth > MaxNesting || _types.IsModule(type))
                return true;
            if (type is INamedTypeSymbol { IsTupleType: true } tuple)
                return tuple.TupleElements.Any(element => MayHoldModel(element.Type, depth + 1));
            if (!IsCarrier(type))
                return false;
            if (type is not INamedTypeSymbol named)
                return true;
            if (!named.DeclaringSyntaxReferences.IsEmpty)
                return !named.IsSealed || SealedSourceTypeMayHoldModel(named, depth);
            if (named.IsGenericType)
                return named.TypeArguments.Any(argument => MayHoldModel(argument, depth + 1));
            return !(named.TypeKind == TypeKind.Class && IsFrameworkNamespace(named.ContainingNamespace));
        }

        /// <remarks>
        /// No subclass can add a member to a sealed class, so its own instance members and its base classes' say all it can
        /// hold. Kept per type: a "no" is always complete, and a "yes" that only the nesting bound gave is merely cautious.
        /// </remarks>
        private bool SealedSourceTypeMayHoldModel(INamedTypeSymbol type, int depth)
        {
            if (_sealedSourceTypes.TryGetValue(type, out var known))
                return known;
            return _sealedSourceTypes.GetOrAdd(type, MembersMayHoldModel(type, depth));
        }

        private bool MembersMayHoldModel(INamedTypeSymbol type, int depth)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                // A library base class may keep anything in fields of its own that its public members do not show.
                if (current.DeclaringSyntaxReferences.IsEmpty)
                    return true;
                foreach (var member in current.GetMembers())
                {
                    if (!member.IsStatic && SymbolTypes.Of(member) is { } memberType && MayHoldModel(memberType, depth + 1))
                        return true;
                }
            }
            return false;
        }

        private static bool IsFrameworkNamespace(INamespaceSymbol? ns)
        {
            while (ns is { ContainingNamespace.IsGlobalNamespace: false })
                ns = ns.ContainingNamespace;
            return ns is { Name: "System" };
        }
    }
}
