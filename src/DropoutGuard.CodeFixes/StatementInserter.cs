using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Inserts statements right after a statement: in its block, switch section or top-level statements, or by adding braces.</summary>
    internal static class StatementInserter
    {
        public static bool CanInsertAfter(StatementSyntax statement)
            => statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax || EmbeddedStatementBlock.CanAddBraces(statement);

        /// <param name="statements">New statements without trivia; they get the anchor's indentation and line ending.</param>
        public static void InsertAfter(SyntaxEditor editor, StatementSyntax anchor, IReadOnlyList<StatementSyntax> statements, TextConventions conventions)
        {
            switch (anchor.Parent)
            {
                case BlockSyntax or SwitchSectionSyntax:
                    editor.InsertAfter(anchor, Lay(anchor, statements, conventions));
                    break;
                case GlobalStatementSyntax global:
                    editor.InsertAfter(global, Lay(global, statements, conventions).Select(SyntaxFactory.GlobalStatement));
                    break;
                default:
                    EmbeddedStatementBlock.AddBraces(editor, anchor, statements, conventions);
                    break;
            }
        }

        /// <summary>One per line at the anchor's indentation; on the anchor's line when more code follows it there.</summary>
        private static IEnumerable<StatementSyntax> Lay(SyntaxNode anchor, IReadOnlyList<StatementSyntax> statements, TextConventions conventions)
        {
            if (!Trivia.HasEndOfLine(anchor.GetTrailingTrivia()))
                return statements.Select(statement => statement.WithLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space));

            var first = anchor.GetFirstToken();
            var indentation = conventions.IndentationAt(first.SpanStart);
            if (!conventions.StartsLine(first))
                indentation += conventions.IndentUnitNear(anchor);
            return statements.Select(statement => statement
                .WithLeadingTrivia(Trivia.Indentation(indentation))
                .WithTrailingTrivia(conventions.EndOfLineTrivia));
        }
    }
}
