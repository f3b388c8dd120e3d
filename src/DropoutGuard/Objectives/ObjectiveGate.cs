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
        private static readonly WordSet ObjectiveNames = new WordSet(new[] { "logsigmoid", "log_sigmoid", "LogSigmoid", "sigmoid", "pow", "square" });

        public static bool MayComputeObjective(SyntaxNode block)
            => SourceWords.Any(block, ObjectiveNames)
            || SourceWords.AnyAt(block, '*', static (node, position) => node.FindToken(position) is var token && token.IsKind(SyntaxKind.AsteriskToken) && IsSelfProduct(token.Parent));

        /// <summary><c>d * d</c>: the square written as a product.</summary>
        public static bool IsSelfProduct(SyntaxNode? node)
            => node is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.MultiplyExpression)
            && SyntaxFactory.AreEquivalent(binary.Left, binary.Right);
    }
}
