using System.Reflection;
using DropoutGuard.Rules;
using DropoutGuard.Tests.Packaging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Descriptors;

/// <summary>Every rule has one ID constant, a help link to its docs page, a release-tracking entry and the shared category.</summary>
public class DescriptorTests
{
    private static readonly string[] Ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetValue(null)!).ToArray();

    public static TheoryData<string> RuleIds() => new(Ids);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
        => typeof(TorchSharpAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_id_has_one_descriptor_with_a_help_link_to_an_existing_page(string id)
    {
        var descriptor = Assert.Single(AllDescriptors(), d => d.Id == id);
        Assert.Equal("DropoutGuard", descriptor.Category);
        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        var page = Path.Combine(RepositoryLayout.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        Assert.StartsWith("# " + id + ": " + descriptor.Title, File.ReadLines(page).First());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_is_listed_in_the_release_tracking_file_with_its_severity(string id)
    {
        var descriptor = Assert.Single(AllDescriptors(), d => d.Id == id);
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryLayout.Root, "src", "DropoutGuard", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(unshipped, line => line.StartsWith(id + " | DropoutGuard | " + descriptor.DefaultSeverity + " |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reported_id_is_a_rule_id_constant()
    {
        Assert.All(AllDescriptors(), descriptor => Assert.Contains(descriptor.Id, Ids));
    }
}
