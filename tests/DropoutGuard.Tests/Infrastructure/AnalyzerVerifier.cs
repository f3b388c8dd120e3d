using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Verifies an analyzer against markup. Every DropoutGuard analyzer runs (plus <typeparamref name="TAnalyzer"/> when it is
/// not one of them) after the DropoutGuard generators, so diagnostics are those of a real build.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// The diagnostics under test must be exactly those the markup marks. <paramref name="expectedMessages"/>, when given,
    /// holds one exact message per marked span, in document and position order.
    /// </summary>
    public static Task VerifyAsync(string markup, VerifierOptions? options = null, params string[] expectedMessages)
        => VerifyAsync(markup, options, expectedMessages.Length == 0 ? null : expectedMessages.Select(message => new ExpectedDiagnostic { Message = message }).ToList());

    /// <summary>As the other overload, with one <see cref="ExpectedDiagnostic"/> per marked span for message and severity checks.</summary>
    public static async Task VerifyAsync(string markup, VerifierOptions? options, IEnumerable<ExpectedDiagnostic>? expected)
    {
        options ??= new VerifierOptions();
        var documents = TestDocument.FromMarkup(markup, options);
        var analyzer = new TAnalyzer();
        var result = await AnalyzeAsync(documents, analyzer, options).ConfigureAwait(false);
        MarkupComparison.Verify(documents, result.AnalyzerDiagnostics, analyzer, options, expected?.ToList());
    }

    /// <summary>
    /// Every analyzer diagnostic (all IDs), in document and position order; markup in the source is removed and ignored.
    /// Still fails on analyzer or generator failures and, unless allowed, on compiler errors.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(string source, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        var documents = TestDocument.FromMarkup(source, options);
        var result = await AnalyzeAsync(documents, new TAnalyzer(), options).ConfigureAwait(false);
        return new DiagnosticOrder(documents.Select(document => document.Path).ToImmutableArray())
            .Sort(result.AnalyzerDiagnostics)
            .ToImmutableArray();
    }

    private static async Task<AnalysisResult> AnalyzeAsync(ImmutableArray<TestDocument> documents, TAnalyzer analyzer, VerifierOptions options)
    {
        var result = await Analysis.RunAsync(documents, DropoutGuardComponents.AnalyzersWith(analyzer), options).ConfigureAwait(false);
        result.ThrowOnFailures(options.AllowCompilerErrors, $"Analysing the test code with {typeof(TAnalyzer).Name} failed.");
        return result;
    }
}
