using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// Adds <c>using DropoutGuard;</c> to a list of using directives where the file's own order puts it: alphabetically
    /// among the plain namespace directives (after the System ones when the file lists those first), before static and
    /// alias directives. Comments, blank lines and indentation stay where they were.
    /// </summary>
    internal static class UsingDirectiveOrder
    {
        public static bool IsGeneratedNamespace(UsingDirectiveSyntax directive)
            => directive.Alias is null && directive.StaticKeyword.Span.Length == 0 && NameOf(directive) == GeneratedHelper.Namespace;

        public static UsingDirectiveSyntax NewDirective()
            => SyntaxFactory.ParseCompilationUnit("using " + GeneratedHelper.Namespace + ";").Usings[0];

        /// <param name="usings">A non-empty list.</param>
        public static SyntaxList<UsingDirectiveSyntax> Insert(SyntaxList<UsingDirectiveSyntax> usings, TextConventions conventions)
        {
            var directive = NewDirective();
            var index = InsertionIndex(usings);
            if (index < usings.Count)
            {
                // The new directive takes the place, with what precedes it (a header comment, a blank line), of the one it precedes.
                var next = usings[index];
                usings = usings.Replace(next, next.WithLeadingTrivia(Trivia.IndentationOf(next.GetLeadingTrivia())));
                return usings.Insert(index, directive.WithLeadingTrivia(next.GetLeadingTrivia()).WithTrailingTrivia(conventions.EndOfLineTrivia));
            }
            var previous = usings[index - 1];
            return usings.Insert(index, directive.WithLeadingTrivia(Trivia.IndentationOf(previous.GetLeadingTrivia())).WithTrailingTrivia(conventions.EndOfLineTrivia));
        }

        private static int InsertionIndex(SyntaxList<UsingDirectiveSyntax> usings)
        {
            var plain = Enumerable.Range(0, usings.Count).Where(i => IsPlain(usings[i])).ToList();
            if (plain.Count == 0)
            {
                // Global directives come first; static and alias directives follow the plain ones.
                for (var i = 0; i < usings.Count; i++)
                {
                    if (usings[i].GlobalKeyword.Span.Length == 0)
                        return i;
                }
                return usings.Count;
            }
            var systemFirst = IsSystem(NameOf(usings[plain[0]]));
            foreach (var i in plain)
            {
                if (Compare(GeneratedHelper.Namespace, NameOf(usings[i]), systemFirst) < 0)
                    return i;
            }
            return plain[plain.Count - 1] + 1;
        }

        private static bool IsPlain(UsingDirectiveSyntax directive)
            => directive.Alias is null && directive.StaticKeyword.Span.Length == 0 && directive.GlobalKeyword.Span.Length == 0;

        private static int Compare(string left, string right, bool systemFirst)
        {
            if (systemFirst && IsSystem(left) != IsSystem(right))
                return IsSystem(left) ? -1 : 1;
            var ignoringCase = string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
            return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(left, right);
        }

        private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

        private static string NameOf(UsingDirectiveSyntax directive)
        {
            var name = directive.Name?.ToString() ?? string.Empty;
            const string globalPrefix = "global::";
            return name.StartsWith(globalPrefix, StringComparison.Ordinal) ? name.Substring(globalPrefix.Length) : name;
        }
    }
}
