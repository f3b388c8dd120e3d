using DropoutGuard.Tests.Packaging;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Documentation;

/// <summary>
/// Every C# example in README.md and docs/ compiles against the real TorchSharp and reports exactly the findings its page
/// shows (the convention is on <see cref="MarkdownExamples"/>).
/// </summary>
public class DocumentationExampleTests
{
    private static readonly IReadOnlyDictionary<string, DocumentedExample> Examples = Directory
        .GetFiles(Path.Combine(RepositoryLayout.Root, "docs"), "*.md", SearchOption.AllDirectories)
        .Prepend(Path.Combine(RepositoryLayout.Root, "README.md"))
        .SelectMany(path => MarkdownExamples.Read(Path.GetRelativePath(RepositoryLayout.Root, path).Replace('\\', '/'), File.ReadAllText(path)))
        .ToDictionary(example => example.ToString());

    public static TheoryData<string> ExampleNames() => new(Examples.Keys);

    [Fact]
    public void The_pages_have_examples()
        => Assert.Contains(Examples.Values, example => example.Page == "README.md" && example.ShownOutput.Count > 0);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public async Task Example_compiles_and_reports_what_its_page_shows(string name)
    {
        var example = Examples[name];
        var (errors, findings) = await ExampleCompilation.AnalyzeAsync(example.Code);
        Assert.True(errors.Count == 0, name + " does not compile:\n" + string.Join("\n", errors));

        if (example.ShownOutput.Count > 0)
        {
            Assert.Equal(example.ShownOutput.Select(WithoutFileName), findings.Select(Output));
        }
        else
        {
            var reported = findings.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id));
            Assert.True(example.ExpectedMarkers.SequenceEqual(reported),
                name + ": the page marks [" + string.Join(", ", example.ExpectedMarkers) + "] but the example reports:\n" + string.Join("\n", findings.Select(Output)));
        }
        foreach (var message in example.QuotedMessages)
            Assert.True(findings.Any(d => d.GetMessage() == message), name + ": quoted message not reported: " + message + "\nreported:\n" + string.Join("\n", findings.Select(Output)));
    }

    private static string Output(Diagnostic diagnostic)
    {
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({position.Line + 1},{position.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    private static string WithoutFileName(string line) => line[line.IndexOf('(')..];
}
