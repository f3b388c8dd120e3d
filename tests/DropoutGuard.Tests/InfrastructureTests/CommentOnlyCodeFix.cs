using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.InfrastructureTests;

/// <summary>Test-only: a TST001 "fix" that adds a comment and leaves the diagnostic in place, so fixing never ends.</summary>
public sealed class CommentOnlyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [BadConstructionAnalyzer.Id];

    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var token = root!.FindToken(context.Span.Start);
        var commented = token.WithLeadingTrivia(token.LeadingTrivia.Add(SyntaxFactory.Comment("/* checked */ ")));
        context.RegisterCodeFix(
            CodeAction.Create("Add a comment", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(token, commented))), "TST001.Comment"),
            context.Diagnostics);
    }
}
