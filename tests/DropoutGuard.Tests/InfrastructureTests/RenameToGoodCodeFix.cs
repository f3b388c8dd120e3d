using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.InfrastructureTests;

/// <summary>
/// Test-only fix for TST001: renames the constructed type to its "Good" (first action) or "Better" (second action)
/// counterpart. Types whose name contains "Unfixable" get no action.
/// </summary>
public class RenameToGoodCodeFix : CodeFixProvider
{
    public const string GoodKey = "TST001.Good";
    public const string BetterKey = "TST001.Better";

    public override ImmutableArray<string> FixableDiagnosticIds => [BadConstructionAnalyzer.Id];

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var token = root!.FindToken(context.Span.Start);
        if (token.ValueText.Contains("Unfixable", StringComparison.Ordinal))
            return;

        var good = context.Diagnostics[0].Properties[BadConstructionAnalyzer.ReplacementProperty]!;
        var better = "Better" + good["Good".Length..];
        context.RegisterCodeFix(Rename(context.Document, root, token, good, GoodKey), context.Diagnostics);
        context.RegisterCodeFix(Rename(context.Document, root, token, better, BetterKey), context.Diagnostics);
    }

    private static CodeAction Rename(Document document, SyntaxNode root, SyntaxToken token, string newName, string key)
        => CodeAction.Create(
            $"Construct {newName}",
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceToken(token, SyntaxFactory.Identifier(token.LeadingTrivia, newName, token.TrailingTrivia)))),
            key);
}
