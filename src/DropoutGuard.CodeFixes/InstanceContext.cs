using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Where code may use <c>this</c>.</summary>
    internal static class InstanceContext
    {
        /// <summary>
        /// The type <c>this</c> refers to at <paramref name="node"/>; null in static members, static lambdas and local
        /// functions, field and property initializers, and constructor initializers.
        /// </summary>
        public static INamedTypeSymbol? ThisType(SemanticModel model, SyntaxNode node)
        {
            if (node.FirstAncestorOrSelf<ConstructorInitializerSyntax>() is not null)
                return null;
            for (var symbol = model.GetEnclosingSymbol(node.SpanStart); symbol is not null; symbol = symbol.ContainingSymbol)
            {
                if (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
                {
                    if (function.IsStatic)
                        return null;
                    continue;
                }
                return symbol is IMethodSymbol { IsStatic: false } method ? method.ContainingType : null;
            }
            return null;
        }
    }
}
