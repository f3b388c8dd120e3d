using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Compares the diagnostics under test with the markup. The IDs under test are the analyzer's own plus every ID the
/// markup or <see cref="VerifierOptions.UnlocatedDiagnostics"/> names; diagnostics with other IDs are ignored.
/// </summary>
internal static class MarkupComparison
{
    public static void Verify(
        ImmutableArray<TestDocument> documents,
        ImmutableArray<Diagnostic> diagnostics,
        DiagnosticAnalyzer analyzer,
        VerifierOptions options,
        IReadOnlyList<ExpectedDiagnostic>? checks)
    {
        var defaultId = analyzer.SupportedDiagnostics.FirstOrDefault()?.Id;
        var order = new DiagnosticOrder(documents.Select(document => document.Path).ToImmutableArray());
        var expected = documents
            .SelectMany(document => document.Spans.Select(marked => (
                Id: marked.Id ?? defaultId ?? throw new VerifierException($"{analyzer.GetType().Name} supports no diagnostic, so [|…|] has no ID: use {{|ID:…|}}."),
                document.Path,
                marked.Span)))
            .OrderBy(entry => order.DocumentRank(entry.Path))
            .ThenBy(entry => entry.Span.Start)
            .ThenBy(entry => entry.Span.End)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();

        var idsUnderTest = analyzer.SupportedDiagnostics.Select(descriptor => descriptor.Id)
            .Concat(expected.Select(entry => entry.Id))
            .Concat(options.UnlocatedDiagnostics.Select(entry => entry.Id))
            .ToImmutableSortedSet(StringComparer.Ordinal);
        var actual = order.Sort(diagnostics.Where(diagnostic => idsUnderTest.Contains(diagnostic.Id))).ToList();
        var located = actual.Where(diagnostic => diagnostic.Location.IsInSource).ToList();

        var unexpected = new List<Diagnostic>(actual);
        var missing = new List<string>();
        foreach (var entry in expected)
        {
            var match = unexpected.FindIndex(diagnostic => diagnostic.Id == entry.Id
                && diagnostic.Location.IsInSource
                && diagnostic.Location.SourceTree.FilePath == entry.Path
                && diagnostic.Location.SourceSpan == entry.Span);
            if (match < 0)
                missing.Add(DiagnosticText.Describe(entry.Id, entry.Path, Text(documents, entry.Path), entry.Span));
            else
                unexpected.RemoveAt(match);
        }
        foreach (var (id, message) in options.UnlocatedDiagnostics)
        {
            var match = unexpected.FindIndex(diagnostic => diagnostic.Id == id
                && !diagnostic.Location.IsInSource
                && diagnostic.GetMessage(CultureInfo.InvariantCulture) == message);
            if (match < 0)
                missing.Add($"(no location): {id}: {message}");
            else
                unexpected.RemoveAt(match);
        }

        if (missing.Count > 0 || unexpected.Count > 0)
            throw new VerifierException(MismatchReport(documents, idsUnderTest, defaultId, missing, unexpected, located));

        if (checks is not null)
            VerifyChecks(documents, expected.Select(entry => entry.Path).ToList(), located, checks);
    }

    private static string MismatchReport(
        ImmutableArray<TestDocument> documents,
        ImmutableSortedSet<string> idsUnderTest,
        string? defaultId,
        List<string> missing,
        List<Diagnostic> unexpected,
        List<Diagnostic> located)
    {
        var report = new StringBuilder($"The diagnostics under test ({string.Join(", ", idsUnderTest)}) differ from the markup.").AppendLine();
        if (missing.Count > 0)
        {
            report.AppendLine().AppendLine("Expected but not reported:");
            missing.ForEach(entry => report.Append("  ").AppendLine(entry));
        }
        if (unexpected.Count > 0)
        {
            report.AppendLine().AppendLine("Reported but not expected:");
            unexpected.ForEach(diagnostic => report.Append("  ").AppendLine(DiagnosticText.Describe(diagnostic)));
        }

        report.AppendLine().AppendLine("The reported diagnostics as markup:");
        foreach (var document in documents)
        {
            var spans = located
                .Where(diagnostic => diagnostic.Location.SourceTree!.FilePath == document.Path)
                .Select(diagnostic => new MarkedSpan(diagnostic.Id, diagnostic.Location.SourceSpan));
            report.AppendLine($"--- {document.Path}").AppendLine(MarkupWriter.Write(document.Source, spans, defaultId));
        }
        return report.ToString();
    }

    // Called once spans and IDs match, so the i-th located diagnostic is the i-th marked span.
    private static void VerifyChecks(ImmutableArray<TestDocument> documents, List<string> expectedPaths, List<Diagnostic> located, IReadOnlyList<ExpectedDiagnostic> checks)
    {
        if (checks.Count != expectedPaths.Count)
            throw new VerifierException($"The test gives {checks.Count} expected message(s) or checks for {expectedPaths.Count} marked diagnostic(s); give one per marked span.");

        var problems = new List<string>();
        for (var index = 0; index < checks.Count; index++)
        {
            var diagnostic = located[index];
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var where = $"Diagnostic {index + 1} of {checks.Count}, {DiagnosticText.Position(expectedPaths[index], Text(documents, expectedPaths[index]), diagnostic.Location.SourceSpan)} {diagnostic.Id}";
            if (checks[index].Message is { } expectedMessage && expectedMessage != message)
                problems.Add($"{where}:{Environment.NewLine}    expected message: \"{expectedMessage}\"{Environment.NewLine}    actual message:   \"{message}\"");
            if (checks[index].Severity is { } expectedSeverity && expectedSeverity != diagnostic.Severity)
                problems.Add($"{where}: expected severity {expectedSeverity}, actual {diagnostic.Severity}");
        }
        if (problems.Count > 0)
            throw new VerifierException(string.Join(Environment.NewLine, problems));
    }

    private static SourceText Text(ImmutableArray<TestDocument> documents, string path)
        => TestProject.Text(documents.First(document => document.Path == path).Source);
}
