using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Small trivia helpers shared by the fixes.</summary>
    internal static class Trivia
    {
        public static SyntaxTriviaList Indentation(string whitespace)
            => whitespace.Length == 0 ? default : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(whitespace));

        /// <summary>The whitespace after the last line break of a leading trivia list: the indentation of the node's own line.</summary>
        public static SyntaxTriviaList IndentationOf(SyntaxTriviaList leading)
            => leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
                ? SyntaxFactory.TriviaList(leading.Last())
                : default;

        public static bool HasEndOfLine(SyntaxTriviaList trivia) => trivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

        public static bool IsWhitespaceOnly(SyntaxTriviaList trivia)
            => trivia.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));
    }
}
