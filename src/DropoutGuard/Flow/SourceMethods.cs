using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>Finding the bodies of methods declared in source.</summary>
    internal static class SourceMethods
    {
        /// <summary>Asked for nearly every call the analysis sees, so the answer is kept per symbol (weakly, as symbols go).</summary>
        private static readonly ConditionalWeakTable<IMethodSymbol, object> s_hasBody = new ConditionalWeakTable<IMethodSymbol, object>();
        private static readonly object s_yes = new object();
        private static readonly object s_no = new object();

        public static bool HasBody(IMethodSymbol method)
        {
            var definition = Definition(method);
            if (definition.IsAbstract || definition.IsExtern || definition.DeclaringSyntaxReferences.IsEmpty)
                return false;
            return s_hasBody.GetValue(definition, ComputeHasBody) == s_yes;
        }

        private static object ComputeHasBody(IMethodSymbol definition)
        {
            foreach (var _ in BodySyntax(definition))
                return s_yes;
            return s_no;
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
                var hasBody = node switch
                {
                    BaseMethodDeclarationSyntax declaration => declaration.Body is not null || declaration.ExpressionBody is not null,
                    AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
                    LocalFunctionStatementSyntax localFunction => localFunction.Body is not null || localFunction.ExpressionBody is not null,
                    ArrowExpressionClauseSyntax => true,
                    _ => false,
                };
                if (hasBody)
                    yield return node;
            }
        }
    }
}
