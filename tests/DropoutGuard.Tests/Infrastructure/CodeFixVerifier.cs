using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Verifies a code fix: the markup's diagnostics first (as <see cref="AnalyzerVerifier{TAnalyzer}"/>), then the fixed text
/// reached one fix at a time and through Fix All in Document, Project and Solution. Each fixed project must compile
/// with its generator output and leave no diagnostic the provider fixes.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    private static readonly FixAllScope?[] s_modes = [null, FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    /// <param name="fixedSource">The expected text of the main document; additional documents are expected unchanged.</param>
    /// <param name="codeActionIndex">Which offered action to apply (default the first).</param>
    /// <param name="codeActionEquivalenceKey">Applies the action with this key instead; it also drives Fix All.</param>
    public static Task VerifyAsync(string markup, string fixedSource, VerifierOptions? options = null, int? codeActionIndex = null, string? codeActionEquivalenceKey = null)
        => VerifyAsync(markup, fixedSource, new Dictionary<string, string>(), options, codeActionIndex, codeActionEquivalenceKey);

    /// <param name="fixedAdditionalDocuments">Expected text of additional documents by path; those not listed are expected unchanged.</param>
    public static async Task VerifyAsync(
        string markup,
        string fixedSource,
        IReadOnlyDictionary<string, string> fixedAdditionalDocuments,
        VerifierOptions? options = null,
        int? codeActionIndex = null,
        string? codeActionEquivalenceKey = null)
    {
        options ??= new VerifierOptions();
        await AnalyzerVerifier<TAnalyzer>.VerifyAsync(markup, options);

        var documents = TestDocument.FromMarkup(markup, options);
        var unknown = fixedAdditionalDocuments.Keys.Except(documents.Skip(1).Select(document => document.Path)).ToList();
        if (unknown.Count > 0)
            throw new VerifierException($"Expected fixed text given for {string.Join(", ", unknown)}, which is not an additional document.");
        var expected = documents.ToDictionary(
            document => document.Path,
            document => document == documents[0] ? fixedSource : fixedAdditionalDocuments.GetValueOrDefault(document.Path, document.Source));

        var session = new CodeFixSession(new TCodeFix(), options, documents, Analyzers, codeActionIndex, codeActionEquivalenceKey);
        foreach (var scope in s_modes)
            await session.VerifyAsync(scope, expected);
    }

    /// <summary>The markup's diagnostics must be reported, and the provider must offer no action for any of them.</summary>
    public static async Task VerifyNoFixAsync(string markup, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        await AnalyzerVerifier<TAnalyzer>.VerifyAsync(markup, options);
        await new CodeFixSession(new TCodeFix(), options, TestDocument.FromMarkup(markup, options), Analyzers).VerifyNoActionsAsync();
    }

    private static ImmutableArray<DiagnosticAnalyzer> Analyzers()
        => DropoutGuardComponents.AnalyzersWith(new TAnalyzer());
}
