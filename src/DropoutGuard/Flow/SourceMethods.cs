using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>Finding the bodies of methods declared in source.</summary>
    internal static class SourceMethods
    {
        /// <remarks>
        /// Asked for nearly every call the analysis sees. Library methods have no declaring syntax (an empty array, no
        /// allocation); for a source method the declaration nodes are at hand in its symbol, so the answer is read from
        /// them rather than kept: a weak table per symbol cost more (a first hash code and a lock for each new symbol)
        /// than the reading.
        /// </remarks>
        public static bool HasBody(IMethodSymbol method)
        {
            var definition = Definition(method);
            if (definition.IsAbstract || definition.IsExtern)
                return false;
            foreach (var reference in definition.DeclaringSyntaxReferences)
            {
                if (CarriesBody(reference.GetSyntax()))
                    return true;
            }
            return false;
        }

        /// <summary>The symbol whose summary is shared by every call: the unreduced, unconstructed, implementing part.</summary>
        public static IMethodSymbol Definition(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return definition.PartialImplementationPart ?? definition;
        }

        /// <summary>Declarations that carry a body (block or expression), in declaration order.</summary>
        public static IEnumerable<SyntaxNode> BodySyntax(IMethodSymbol definition)
        {
            foreach (var reference in definition.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                if (CarriesBody(node))
                    yield return node;
            }
        }

        private static bool CarriesBody(SyntaxNode node) => node switch
        {
            BaseMethodDeclarationSyntax declaration => declaration.Body is not null || declaration.ExpressionBody is not null,
            AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
            LocalFunctionStatementSyntax localFunction => localFunction.Body is not null || localFunction.ExpressionBody is not null,
            ArrowExpressionClauseSyntax => true,
            _ => false,
        };
    }
}
