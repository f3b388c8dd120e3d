using System;
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

        [ThreadStatic]
        private static char[]? t_buffer;

        public static bool MayComputeObjective(SyntaxNode block)
        {
            var span = block.Span;
            var text = block.SyntaxTree.GetText();
            var buffer = Buffer(span.Length);
            text.CopyTo(span.Start, buffer, 0, span.Length);
            for (var i = 0; i < span.Length; i++)
            {
                var c = buffer[i];
                if (c == '*')
                {
                    var token = block.FindToken(span.Start + i);
                    if (token.IsKind(SyntaxKind.AsteriskToken) && IsSelfProduct(token.Parent))
                        return true;
                }
                else if (IsWordStart(c) && (i == 0 || !IsWordPart(buffer[i - 1])))
                {
                    var end = i + 1;
                    while (end < span.Length && IsWordPart(buffer[end]))
                        end++;
                    if (end - i <= LongestName && IsObjectiveName(new string(buffer, i, end - i)))
                        return true;
                    i = end - 1;
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

        // Only the first letters of the names: other words are skipped without a string.
        private static bool IsWordStart(char c) => c is 'l' or 'L' or 's' or 'p';

        private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static char[] Buffer(int length)
        {
            var buffer = t_buffer;
            if (buffer is null || buffer.Length < length)
            {
                buffer = new char[Math.Max(length, 4096)];
                if (length <= 1 << 20)
                    t_buffer = buffer;
            }
            return buffer;
        }
    }
}
