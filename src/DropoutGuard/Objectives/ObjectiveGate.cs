using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// The cheap test every analysed block passes through: only code that names a log-sigmoid, a sigmoid, a power or a
    /// square, or multiplies an expression by itself, can compute a preference objective. It reads tokens only, so the
    /// cost for all other code is one scan of the block's tokens and no binding.
    /// </summary>
    internal static class ObjectiveGate
    {
        public static bool MayComputeObjective(SyntaxNode block)
        {
            foreach (var token in block.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    if (IsObjectiveName(token.ValueText))
                        return true;
                }
                else if (token.IsKind(SyntaxKind.AsteriskToken) && IsSelfProduct(token.Parent))
                {
                    return true;
                }
            }
            return false;
        }

        public static bool IsObjectiveName(string name)
            => name is "logsigmoid" or "log_sigmoid" or "LogSigmoid" or "sigmoid" or "pow" or "square";

        /// <summary><c>d * d</c>: the square written as a product.</summary>
        public static bool IsSelfProduct(SyntaxNode? node)
            => node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.MultiplyExpression)
            && SyntaxFactory.AreEquivalent(binary.Left, binary.Right);
    }
}
