using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.InfrastructureTests;

/// <summary>Test-only: the TST001 fix whose Fix All renames to "Better" while the single fix renames to "Good".</summary>
public sealed class DivergingFixAllCodeFix : RenameToGoodCodeFix
{
    public override FixAllProvider? GetFixAllProvider() => FixAllProvider.Create(async (_, document, diagnostics) =>
    {
        var root = await document.GetSyntaxRootAsync().ConfigureAwait(false);
        var tokens = diagnostics.Select(diagnostic => root!.FindToken(diagnostic.Location.SourceSpan.Start));
        return document.WithSyntaxRoot(root!.ReplaceTokens(tokens, (token, _) =>
            SyntaxFactory.Identifier(token.LeadingTrivia, "Better" + token.ValueText["Bad".Length..], token.TrailingTrivia)));
    });
}
