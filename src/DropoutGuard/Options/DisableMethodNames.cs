using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Options
{
    /// <summary>
    /// Entries of dropout_guard.disable_methods: exactly what C# accepts as a method name. A keyword needs its verbatim
    /// form (<c>@class</c>, matching a method declared as <c>@class</c>, whose name is <c>class</c>).
    /// </summary>
    internal static class DisableMethodNames
    {
        public static bool TryParse(string entry, out string name)
        {
            name = string.Empty;
            if (entry.Length > 1 && entry[0] == '@')
            {
                var rest = entry.Substring(1);
                if (!SyntaxFacts.IsValidIdentifier(rest))
                    return false;
                name = rest;
                return true;
            }
            if (!SyntaxFacts.IsValidIdentifier(entry) || SyntaxFacts.GetKeywordKind(entry) != SyntaxKind.None)
                return false;
            name = entry;
            return true;
        }
    }
}
