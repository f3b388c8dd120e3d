using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Plain references to a variable or member that holds a model: <c>policy</c>, <c>this.policy</c>.</summary>
    internal static class ModelReference
    {
        public static bool IsPlain(ExpressionSyntax expression)
            => expression is IdentifierNameSyntax
                || expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax };

        public static bool RefersTo(ExpressionSyntax expression, ISymbol symbol, SemanticModel model)
            => IsPlain(expression) && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression).Symbol, symbol);

        /// <summary>"policy" for <c>policy</c> and <c>this.policy</c>.</summary>
        public static string? NameOf(ExpressionSyntax expression)
            => expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
                _ => null,
            };
    }
}
