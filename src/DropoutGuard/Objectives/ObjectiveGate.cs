using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// The cheap test every analysed block passes through: only code that names a log-sigmoid, a sigmoid, a power or a
    /// square, or multiplies an expression by itself, can compute a preference objective. It reads the block's source
    /// text (a word in a comment only lets the precise detection run), and looks at syntax only around a '*'.
    /// </summary>
    internal static class ObjectiveGate
    {
        private const int LongestName = 11;

        public static bool MayComputeObjective(SyntaxNode block)
            => SourceWords.Any(block, IsObjectiveName, LongestName)
            || SourceWords.AnyAt(block, '*', position => block.FindToken(position) is var token && token.IsKind(SyntaxKind.AsteriskToken) && IsSelfProduct(token.Parent));

        public static bool IsObjectiveName(string name)
            => name is "logsigmoid" or "log_sigmoid" or "LogSigmoid" or "sigmoid" or "pow" or "square";

        /// <summary><c>d * d</c>: the square written as a product.</summary>
        public static bool IsSelfProduct(SyntaxNode? node)
            => node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.MultiplyExpression)
            && SyntaxFactory.AreEquivalent(binary.Left, binary.Right);
    }
}
