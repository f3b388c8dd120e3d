using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Writes <c>using DropoutGuard;</c> into a compilation unit or namespace declaration.</summary>
    internal static class ImportWriter
    {
        public static SyntaxNode AddTo(SyntaxNode target, TextConventions conventions)
            => target switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.WithUsings(UsingDirectiveOrder.Insert(ns.Usings, conventions)),
                CompilationUnitSyntax unit when unit.Usings.Count > 0 => unit.WithUsings(UsingDirectiveOrder.Insert(unit.Usings, conventions)),
                CompilationUnitSyntax unit => AddFirst(unit, conventions),
                _ => target,
            };

        /// <summary>A file without directives: the directive goes first, after a file header comment, followed by a blank line.</summary>
        private static CompilationUnitSyntax AddFirst(CompilationUnitSyntax unit, TextConventions conventions)
        {
            var first = unit.GetFirstToken(includeZeroWidth: true);
            var leading = first.LeadingTrivia;
            var headerLength = HeaderLength(leading);
            var rest = SyntaxFactory.TriviaList(leading.Skip(headerLength));
            var directive = UsingDirectiveOrder.NewDirective()
                .WithLeadingTrivia(leading.Take(headerLength))
                .WithTrailingTrivia(rest.FirstOrDefault().IsKind(SyntaxKind.EndOfLineTrivia)
                    ? SyntaxFactory.TriviaList(conventions.EndOfLineTrivia)
                    : SyntaxFactory.TriviaList(conventions.EndOfLineTrivia, conventions.EndOfLineTrivia));
            return unit.ReplaceToken(first, first.WithLeadingTrivia(rest)).WithUsings(SyntaxFactory.SingletonList(directive));
        }

        /// <summary>Leading comments up to and including the first blank line, or 0 when the trivia does not start with such a header.</summary>
        private static int HeaderLength(SyntaxTriviaList leading)
        {
            var firstContent = leading.FirstOrDefault(t => !t.IsKind(SyntaxKind.WhitespaceTrivia));
            if (!firstContent.IsKind(SyntaxKind.SingleLineCommentTrivia) && !firstContent.IsKind(SyntaxKind.MultiLineCommentTrivia))
                return 0;
            var lineIsBlank = false;
            for (var i = 0; i < leading.Count; i++)
            {
                switch (leading[i].Kind())
                {
                    case SyntaxKind.EndOfLineTrivia when lineIsBlank:
                        return i + 1;
                    case SyntaxKind.EndOfLineTrivia:
                        lineIsBlank = true;
                        break;
                    case SyntaxKind.WhitespaceTrivia:
                        break;
                    default:
                        lineIsBlank = false;
                        break;
                }
            }
            return 0;
        }
    }
}
