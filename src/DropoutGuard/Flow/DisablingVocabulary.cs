using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// A token-only test of whether a constructor can disable dropout on the model it builds, so the common constructor
    /// (<c>RegisterComponents()</c> and layer factories) is never bound for a summary. It can when it names a disable
    /// method, <c>p</c>, <c>apply</c>, a submodule enumeration, or a method of its own type hierarchy declared in source
    /// (<c>Freeze()</c>), or chains to a source constructor that can.
    /// </summary>
    internal static class DisablingVocabulary
    {
        private static readonly ImmutableArray<string> Names = ImmutableArray.Create("p", "apply", "modules", "children", "named_modules", "named_children");

        public static bool ConstructorMayDisable(IMethodSymbol constructor, DropoutGuardOptions options, int depth = 0)
        {
            if (depth > MethodSummaries.MaxDepth)
                return true;
            var words = new WordSet(Names.Concat(options.DisableMethods).Concat(SourceMethodNames(constructor.ContainingType)));
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                if (SourceWords.Any(syntax, words))
                    return true;
                if (syntax is ConstructorDeclarationSyntax { Initializer: not null } && ChainsToSourceConstructorThatMayDisable(constructor, options, depth))
                    return true;
            }
            return false;
        }

        private static bool ChainsToSourceConstructorThatMayDisable(IMethodSymbol constructor, DropoutGuardOptions options, int depth)
        {
            foreach (var type in new[] { constructor.ContainingType, constructor.ContainingType.BaseType })
            {
                if (type is null || type.DeclaringSyntaxReferences.IsEmpty)
                    continue;
                foreach (var other in type.InstanceConstructors)
                {
                    if (!SymbolEqualityComparer.Default.Equals(other, constructor) && ConstructorMayDisable(other, options, depth + 1))
                        return true;
                }
            }
            return false;
        }

        /// <summary>Names of methods declared in source on the type and its base types.</summary>
        private static List<string> SourceMethodNames(INamedTypeSymbol type)
        {
            var names = new List<string>();
            for (var current = type; current is not null && !current.DeclaringSyntaxReferences.IsEmpty; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary })
                        names.Add(member.Name);
                }
            }
            return names;
        }
    }
}
