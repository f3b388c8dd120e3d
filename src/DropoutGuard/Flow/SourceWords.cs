using System;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Pre-tests on a node's source text, answered without binding or building syntax: the words (identifiers, and words
    /// in comments and strings, which only make a test pass where it need not) and the places of a character.
    /// </summary>
    internal static class SourceWords
    {
        [ThreadStatic]
        private static char[]? t_buffer;

        /// <summary>Does any word of the node's text belong to <paramref name="words"/>?</summary>
        public static bool Any(SyntaxNode node, WordSet words)
            => Find(node, words, onEach: null);

        /// <summary>Calls <paramref name="found"/> with each word of <paramref name="words"/> the text holds, as often as it occurs.</summary>
        public static void ForEach(SyntaxNode node, WordSet words, Action<string> found)
            => Find(node, words, found);

        // With onEach null, stops at the first match; else reports every match and returns false.
        private static bool Find(SyntaxNode node, WordSet words, Action<string>? onEach)
        {
            var length = Copy(node, out var text);
            for (var i = 0; i < length; i++)
            {
                if (!IsWordPart(text[i]) || (i > 0 && IsWordPart(text[i - 1])))
                    continue;
                var end = i + 1;
                while (end < length && IsWordPart(text[end]))
                    end++;
                if (!char.IsDigit(text[i]) && words.Find(text, i, end - i) is { } word)
                {
                    if (onEach is null)
                        return true;
                    onEach(word);
                }
                i = end - 1;
            }
            return false;
        }

        /// <summary>Is there a <paramref name="character"/> at whose position (in the tree) <paramref name="matches"/> holds?</summary>
        public static bool AnyAt(SyntaxNode node, char character, Func<SyntaxNode, int, bool> matches)
        {
            var start = node.Span.Start;
            var length = Copy(node, out var text);
            for (var i = 0; i < length; i++)
            {
                if (text[i] == character && matches(node, start + i))
                    return true;
            }
            return false;
        }

        private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';

        // The text of the node's span, in a buffer kept per thread (up to a size) so scanning allocates nothing.
        private static int Copy(SyntaxNode node, out char[] buffer)
        {
            var span = node.Span;
            buffer = t_buffer ?? Array.Empty<char>();
            if (buffer.Length < span.Length)
            {
                buffer = new char[Math.Max(span.Length, 4096)];
                if (span.Length <= 1 << 20)
                    t_buffer = buffer;
            }
            node.SyntaxTree.GetText().CopyTo(span.Start, buffer, 0, span.Length);
            return span.Length;
        }
    }
}
