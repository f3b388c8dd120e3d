using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// Turns the embedded statement of an if/else/loop/using/lock/fixed into a block so that statements can follow it:
    /// <c>if (x) a = b;</c> becomes <c>if (x)</c> / <c>{</c> / <c>a = b;</c> / inserted statements / <c>}</c>.
    /// </summary>
    internal static class EmbeddedStatementBlock
    {
        public static bool CanAddBraces(StatementSyntax statement)
            => statement.Parent is { } parent && Embedded(parent) == statement;

        public static void AddBraces(SyntaxEditor editor, StatementSyntax statement, IReadOnlyList<StatementSyntax> inserted, TextConventions conventions)
        {
            var parent = statement.Parent!;
            var outer = conventions.IndentationAt(parent.GetFirstToken().SpanStart);
            var unit = OwnLineIndentUnit(statement, outer, conventions) ?? conventions.IndentUnitNear(parent);
            editor.ReplaceNode(parent, (current, _) =>
            {
                var embedded = Embedded(current)!;
                var withBlock = current.ReplaceNode(embedded, Block(embedded, inserted, outer, outer + unit, conventions));
                var beforeBlock = Embedded(withBlock)!.GetFirstToken().GetPreviousToken();
                return withBlock.ReplaceToken(beforeBlock, beforeBlock.WithTrailingTrivia(EndLine(beforeBlock.TrailingTrivia, conventions)));
            });
        }

        private static StatementSyntax? Embedded(SyntaxNode parent)
            => parent switch
            {
                IfStatementSyntax s => s.Statement,
                ElseClauseSyntax s => s.Statement,
                WhileStatementSyntax s => s.Statement,
                ForStatementSyntax s => s.Statement,
                CommonForEachStatementSyntax s => s.Statement,
                UsingStatementSyntax s => s.Statement,
                LockStatementSyntax s => s.Statement,
                FixedStatementSyntax s => s.Statement,
                _ => null,
            };

        private static BlockSyntax Block(StatementSyntax embedded, IReadOnlyList<StatementSyntax> inserted, string outer, string inner, TextConventions conventions)
        {
            var trailing = embedded.GetTrailingTrivia();
            var keepsComment = !Trivia.IsWhitespaceOnly(trailing);
            var first = embedded
                .WithLeadingTrivia(Trivia.IsWhitespaceOnly(embedded.GetLeadingTrivia()) ? Trivia.Indentation(inner) : embedded.GetLeadingTrivia())
                .WithTrailingTrivia(keepsComment ? EndLine(trailing, conventions) : SyntaxFactory.TriviaList(conventions.EndOfLineTrivia));
            var statements = new[] { first }.Concat(inserted.Select(statement => statement
                .WithLeadingTrivia(Trivia.Indentation(inner))
                .WithTrailingTrivia(conventions.EndOfLineTrivia)));
            // The closing brace takes over what followed the statement: its line end, or the space before an else.
            return SyntaxFactory.Block(
                SyntaxFactory.Token(Trivia.Indentation(outer), SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList(conventions.EndOfLineTrivia)),
                SyntaxFactory.List(statements),
                SyntaxFactory.Token(Trivia.Indentation(outer), SyntaxKind.CloseBraceToken, keepsComment ? SyntaxFactory.TriviaList(conventions.EndOfLineTrivia) : trailing));
        }

        /// <summary>Ends trivia with a line break, dropping trailing spaces; trivia that already breaks the line is kept.</summary>
        private static SyntaxTriviaList EndLine(SyntaxTriviaList trivia, TextConventions conventions)
        {
            if (Trivia.HasEndOfLine(trivia))
                return trivia;
            var kept = trivia.Reverse().SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
            return SyntaxFactory.TriviaList(kept.Concat(new[] { conventions.EndOfLineTrivia }));
        }

        /// <summary>An embedded statement already on its own line shows the indentation step.</summary>
        private static string? OwnLineIndentUnit(StatementSyntax statement, string outer, TextConventions conventions)
        {
            if (!conventions.StartsLine(statement.GetFirstToken()))
                return null;
            var inner = conventions.IndentationAt(statement.SpanStart);
            return inner.Length > outer.Length && inner.StartsWith(outer, System.StringComparison.Ordinal) ? inner.Substring(outer.Length) : null;
        }
    }
}
