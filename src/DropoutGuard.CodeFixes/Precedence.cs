using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    internal static class Precedence
    {
        /// <summary>Expressions that can take <c>.Member()</c> without parentheses.</summary>
        public static bool IsPrimary(ExpressionSyntax expression)
            => expression is InvocationExpressionSyntax
                or ObjectCreationExpressionSyntax
                or MemberAccessExpressionSyntax
                or ElementAccessExpressionSyntax
                or SimpleNameSyntax
                or ParenthesizedExpressionSyntax
                or ThisExpressionSyntax
                or BaseExpressionSyntax;
    }
}
