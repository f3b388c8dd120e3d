using System.Text.RegularExpressions;
using DropoutGuard.Tests.Packaging;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Consistency;

/// <summary>
/// Every descriptor has its page, help link, release-tracking entry and README row, and what they say about the rule
/// (title, severity, code fix, live or build-only) is what the assemblies do.
/// </summary>
public class RuleDocumentationTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));

    public static TheoryData<string> Ids() => new(RuleCatalog.Descriptors.Select(descriptor => descriptor.Id));

    private static DiagnosticDescriptor Descriptor(string id) => RuleCatalog.Descriptors.Single(descriptor => descriptor.Id == id);

    private static string PagePath(string id) => Path.Combine(RepositoryLayout.Root, "docs", "rules", id + ".md");

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_is_the_rule_page_under_the_repository_url(string id)
    {
        Assert.Equal(RepositoryLayout.RepositoryUrl + "/blob/main/docs/rules/" + id + ".md", Descriptor(id).HelpLinkUri);
        Assert.True(File.Exists(PagePath(id)), "missing " + PagePath(id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_states_the_title_severity_and_fix(string id)
    {
        var descriptor = Descriptor(id);
        var page = File.ReadAllText(PagePath(id));
        Assert.StartsWith("# " + id + ": " + descriptor.Title + "\n", page.Replace("\r", ""));
        var properties = MarkdownTable.After(page, "# " + id + ": " + descriptor.Title).ToDictionary(row => row[0], row => row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), properties["Severity"]);
        Assert.Equal(RuleCatalog.FixableIds.Contains(id) ? "Yes" : "No", properties["Code fix"].Split(':')[0]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Readme_row_agrees_with_the_descriptor(string id)
    {
        var descriptor = Descriptor(id);
        var row = Assert.Single(ReadmeRules(), cells => cells[0] == "[" + id + "](docs/rules/" + id + ".md)");
        Assert.Equal(descriptor.Title.ToString(), row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        Assert.Equal(RuleCatalog.FixableIds.Contains(id) ? "Yes" : "No", row[3]);
        Assert.Equal(RuleCatalog.IsCompilationEnd(descriptor), row[4].Contains("compilation-end", StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_lists_no_rule_the_assemblies_do_not_report()
        => Assert.Equal(RuleCatalog.Descriptors.Select(descriptor => descriptor.Id), ReadmeRules().Select(cells => Regex.Match(cells[0], @"DG\d{4}").Value));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_lists_the_rule_with_its_severity(string id)
    {
        var releases = File.ReadAllLines(Path.Combine(RepositoryLayout.Root, "src", "DropoutGuard", "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(RepositoryLayout.Root, "src", "DropoutGuard", "AnalyzerReleases.Unshipped.md")));
        Assert.Contains(releases, line => line.StartsWith(id + " | DropoutGuard | " + Descriptor(id).DefaultSeverity + " |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_descriptor()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "docs", "rules"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(RuleCatalog.Descriptors.Select(descriptor => descriptor.Id), pages);
    }

    private static IReadOnlyList<string[]> ReadmeRules() => MarkdownTable.After(Readme, "## Rules");
}
