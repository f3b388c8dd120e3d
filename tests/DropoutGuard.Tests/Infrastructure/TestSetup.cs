using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Turns a test's markup, <see cref="VerifierOptions"/> and expected messages into the testing library's state: sources,
/// references, config files, expected diagnostics, and which DropoutGuard analyzers run (the one under test plus those
/// whose IDs the test names).
/// </summary>
internal sealed partial class TestSetup
{
    private TestSetup(VerifierOptions options, ImmutableArray<(string Path, string Markup)> documents, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<DiagnosticResult> expected)
    {
        Options = options;
        Documents = documents;
        Analyzers = analyzers;
        Expected = expected;
    }

    public VerifierOptions Options { get; }

    /// <summary>The documents as the library reads them (markup numbered when messages are checked).</summary>
    public ImmutableArray<(string Path, string Markup)> Documents { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Diagnostics the markup cannot express: messages of marked spans, and unlocated ones.</summary>
    public ImmutableArray<DiagnosticResult> Expected { get; }

    public IEnumerable<Type> Generators => Options.RunGenerators ? [DropoutGuardAnalyzers.GeneratorType] : [];

    public static TestSetup Create(DiagnosticAnalyzer underTest, string markup, VerifierOptions? options, IReadOnlyList<string> messages)
    {
        options ??= new VerifierOptions();
        var documents = TestProject.Documents(markup, options);
        var ids = documents.SelectMany(document => NamedIds().Matches(document.Markup).Select(match => match.Groups[1].Value))
            .Concat(options.UnlocatedDiagnostics.Select(entry => entry.Id));
        var analyzers = DropoutGuardAnalyzers.For(underTest, ids);
        var descriptors = analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());

        var expected = ImmutableArray.CreateBuilder<DiagnosticResult>();
        if (messages.Count > 0)
        {
            var spans = new List<MessageMarkup.NumberedSpan>();
            documents = documents.Select(document => (document.Path, MessageMarkup.Number(document.Markup, spans))).ToImmutableArray();
            if (spans.Count != messages.Count)
                throw new InvalidOperationException($"The test gives {messages.Count} expected message(s) for {spans.Count} marked span(s); give one per span.");
            foreach (var span in spans)
            {
                var descriptor = span.Id is null ? underTest.SupportedDiagnostics[0] : descriptors[span.Id];
                expected.Add(new DiagnosticResult(descriptor).WithLocation(span.Number).WithMessage(messages[span.Number]).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            }
        }
        foreach (var (id, message) in options.UnlocatedDiagnostics)
            expected.Add(new DiagnosticResult(descriptors[id]).WithMessage(message));
        return new TestSetup(options, documents, analyzers, expected.ToImmutable());
    }

    /// <summary>Fills the input state of a library test.</summary>
    public void Apply(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = TestProject.NoPackage;
        test.TestState.OutputKind = Options.OutputKind;
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        test.CompilerDiagnostics = Options.AllowCompilerErrors ? CompilerDiagnostics.None : CompilerDiagnostics.Errors;
        TestProject.Fill(test.TestState, Documents, Options);
        test.TestState.ExpectedDiagnostics.AddRange(Expected);
    }

    [GeneratedRegex(@"\{\|([A-Za-z]+[0-9]+):")]
    private static partial Regex NamedIds();
}
