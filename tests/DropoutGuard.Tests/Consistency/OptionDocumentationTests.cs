using System.Text.RegularExpressions;
using System.Xml.Linq;
using DropoutGuard.Tests.Packaging;

namespace DropoutGuard.Tests.Consistency;

/// <summary>
/// docs/configuration.md documents exactly the options code reads: the dropout_guard.* keys (string constants of the
/// analyzer assembly) and the MSBuild properties the package's props file passes to the compiler or reads itself.
/// </summary>
public class OptionDocumentationTests
{
    private static readonly string Configuration = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "docs", "configuration.md"));

    [Fact]
    public void Every_key_the_code_reads_is_documented_and_every_documented_key_is_read()
    {
        var read = RuleCatalog.Constants(new Regex(@"^dropout_guard\.[a-z_]+$")).Order(StringComparer.Ordinal);
        var documented = MarkdownTable.FirstCells(Configuration).Where(cell => cell.StartsWith("dropout_guard.", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(read, documented);
    }

    [Fact]
    public void Every_build_property_is_documented_and_every_documented_one_is_used()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "src", "DropoutGuard.Package", "build", "DropoutGuard.props"));
        var fromProps = XDocument.Parse(props).Descendants("CompilerVisibleProperty").Select(element => (string)element.Attribute("Include")!)
            .Concat(Regex.Matches(props, @"\$\((DropoutGuard\w+)\)").Select(match => match.Groups[1].Value));
        var readByCode = RuleCatalog.Constants(new Regex(@"^build_property\.\w+$")).Select(key => key["build_property.".Length..]);
        var used = fromProps.Concat(readByCode).Distinct().Order(StringComparer.Ordinal);
        var documented = MarkdownTable.FirstCells(Configuration).Select(cell => Regex.Match(cell, @"^<(DropoutGuard\w+)>").Groups[1].Value)
            .Where(name => name.Length > 0).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(used, documented);
    }
}
