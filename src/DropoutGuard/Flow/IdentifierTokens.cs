using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Flow
{
    /// <summary>Token-only questions about source, answered without binding anything.</summary>
    internal static class IdentifierTokens
    {
        /// <summary>Does any identifier under <paramref name="node"/> satisfy <paramref name="matches"/>?</summary>
        public static bool Any(SyntaxNode node, System.Func<string, bool> matches)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && matches(token.ValueText))
                    return true;
            }
            return false;
        }
    }
}
