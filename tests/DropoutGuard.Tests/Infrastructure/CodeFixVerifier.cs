using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Verifies a code fix with the standard testing library (<see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/>):
/// the markup's diagnostics, then the fixed text reached one fix at a time (iterations counted, loops fail) and through
/// Fix All in Document, Project and Solution. The fixed project must compile with the generator's output and report none
/// of the diagnostics under test.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <param name="fixedSource">The expected text of the main document; additional documents are expected unchanged.</param>
    /// <param name="codeActionIndex">Which offered action to apply (default the first).</param>
    /// <param name="codeActionEquivalenceKey">Applies the action with this key instead; it also drives Fix All.</param>
    public static Task VerifyAsync(string markup, string fixedSource, VerifierOptions? options = null, int? codeActionIndex = null, string? codeActionEquivalenceKey = null)
        => VerifyAsync(markup, fixedSource, new Dictionary<string, string>(), options, codeActionIndex, codeActionEquivalenceKey);

    /// <param name="fixedAdditionalDocuments">Expected text of additional documents by path; those not listed are expected unchanged.</param>
    public static Task VerifyAsync(
        string markup,
        string fixedSource,
        IReadOnlyDictionary<string, string> fixedAdditionalDocuments,
        VerifierOptions? options = null,
        int? codeActionIndex = null,
        string? codeActionEquivalenceKey = null)
    {
        var setup = TestSetup.Create(new TAnalyzer(), markup, options, []);
        var unknown = fixedAdditionalDocuments.Keys.Except(setup.Documents.Skip(1).Select(document => document.Path)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"Expected fixed text given for {string.Join(", ", unknown)}, which is not an additional document.");

        var test = new Test(setup) { CodeActionIndex = codeActionIndex, CodeActionEquivalenceKey = codeActionEquivalenceKey };
        setup.Apply(test);
        var fixedDocuments = setup.Documents.Select((document, index) => (
            document.Path,
            index == 0 ? fixedSource : fixedAdditionalDocuments.GetValueOrDefault(document.Path, document.Markup)));
        return RunAsync(test, setup, fixedDocuments);
    }

    /// <summary>The markup's diagnostics must be reported, and the provider must change nothing for any of them.</summary>
    public static Task VerifyNoFixAsync(string markup, VerifierOptions? options = null)
    {
        var setup = TestSetup.Create(new TAnalyzer(), markup, options, []);
        var test = new Test(setup);
        setup.Apply(test);
        return RunAsync(test, setup, setup.Documents);
    }

    /// <summary>The fixed state is given in full (markup allowed), so it is compiled and analysed as written.</summary>
    private static Task RunAsync(Test test, TestSetup setup, IEnumerable<(string Path, string Markup)> fixedDocuments)
    {
        TestProject.Fill(test.FixedState, fixedDocuments, setup.Options);
        test.FixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.FixedState.OutputKind = setup.Options.OutputKind;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    private sealed class Test(TestSetup setup) : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => setup.Analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => setup.Generators;

        protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions(setup.Options);

        protected override CompilationOptions CreateCompilationOptions() => TestProject.CompilationOptions(setup.Options);

        protected override string DefaultTestProjectName => setup.Options.AssemblyName;
    }
}
