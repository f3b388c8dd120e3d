using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Calls DisableDropout on an expression where it stands: <c>new Gpt(1).DisableDropout()</c>, <c>(await LoadAsync()).DisableDropout()</c>.</summary>
    internal static class InPlaceCall
    {
        /// <param name="explicitType">The type a target-typed <c>new(…)</c> creates, which a receiver must spell out.</param>
        public static ExpressionSyntax Wrap(ExpressionSyntax expression, DisableCall call, TypeSyntax? explicitType)
        {
            var bare = expression.WithoutTrivia();
            if (explicitType is not null && bare is ImplicitObjectCreationExpressionSyntax targetTyped)
            {
                bare = SyntaxFactory.ObjectCreationExpression(
                    targetTyped.NewKeyword.WithTrailingTrivia(SyntaxFactory.Space), explicitType, targetTyped.ArgumentList, targetTyped.Initializer);
            }
            return call.Invoke(bare).WithTriviaFrom(expression);
        }
    }
}
