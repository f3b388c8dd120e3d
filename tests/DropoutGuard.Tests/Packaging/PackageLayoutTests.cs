using System.Xml.Linq;

namespace DropoutGuard.Tests.Packaging;

/// <summary>The packed DropoutGuard package holds analyzers for each Roslyn host, the props file and docs, and nothing else.</summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class PackageLayoutTests
{
    private const string Roslyn48 = "analyzers/dotnet/roslyn4.8/cs/";
    private const string Roslyn414 = "analyzers/dotnet/roslyn4.14/cs/";

    private readonly PackedPackage _package;

    public PackageLayoutTests(PackagingWorkspace workspace) => _package = workspace.Package;

    [Fact]
    public void Package_is_named_after_the_version()
        => Assert.Equal("DropoutGuard." + RepositoryLayout.Version + ".nupkg", Path.GetFileName(_package.Path));

    [Fact]
    public void Roslyn_4_8_hosts_get_the_analyzer_without_the_code_fixes()
        => Assert.Equal(new[] { Roslyn48 + "DropoutGuard.dll" }, FilesUnder(Roslyn48));

    [Fact]
    public void Roslyn_4_14_hosts_get_the_analyzer_and_the_code_fixes()
        => Assert.Equal(new[] { Roslyn414 + "DropoutGuard.CodeFixes.dll", Roslyn414 + "DropoutGuard.dll" }, FilesUnder(Roslyn414));

    [Fact]
    public void Package_holds_exactly_the_analyzers_the_props_file_and_the_docs()
    {
        var expected = new[]
        {
            "README.md",
            Roslyn414 + "DropoutGuard.CodeFixes.dll",
            Roslyn414 + "DropoutGuard.dll",
            Roslyn48 + "DropoutGuard.dll",
            "build/DropoutGuard.props",
            "build/DropoutGuard.strict.globalconfig",
            "icon.png",
        };
        Assert.Equal(expected.OrderBy(name => name, StringComparer.Ordinal), ContentFiles());
        Assert.DoesNotContain(_package.Files.Keys, name => name.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Props_file_makes_the_helper_switch_visible_to_the_compiler()
    {
        var props = XDocument.Load(new MemoryStream(_package.Files["build/DropoutGuard.props"]));
        Assert.Contains(props.Descendants().Where(element => element.Name.LocalName == "CompilerVisibleProperty"),
            element => (string?)element.Attribute("Include") == "DropoutGuardGenerateHelper");
    }

    [Fact]
    public void Nuspec_declares_a_development_dependency_without_dependencies()
    {
        Assert.Equal("DropoutGuard", Single("id"));
        Assert.Equal(RepositoryLayout.Version, Single("version"));
        Assert.Equal("true", Single("developmentDependency"));
        Assert.Equal("README.md", Single("readme"));
        Assert.Empty(_package.NuspecElements("dependencies"));
    }

    [Fact]
    public void Nuspec_metadata_derives_from_the_repository_url()
    {
        var license = _package.NuspecElements("license").Single();
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Equal("icon.png", Single("icon"));
        Assert.Equal(RepositoryLayout.RepositoryUrl, Single("projectUrl"));
        Assert.Equal(RepositoryLayout.RepositoryUrl, (string?)_package.NuspecElements("repository").Single().Attribute("url"));
        Assert.Contains(RepositoryLayout.RepositoryUrl + "/blob/main/CHANGELOG.md", Single("releaseNotes"));
    }

    [Fact]
    public void Packed_readme_links_work_on_a_package_page()
    {
        var readme = System.Text.Encoding.UTF8.GetString(_package.Files["README.md"]);
        var targets = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.True(target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith('#'), target));
        Assert.Contains(RepositoryLayout.RepositoryUrl + "/blob/main/docs/rules/DG0001.md", targets);
    }

    [Fact]
    public void Strict_mode_wires_a_global_config_that_makes_every_rule_an_error()
    {
        var props = XDocument.Load(new MemoryStream(_package.Files["build/DropoutGuard.props"]));
        var strict = Assert.Single(props.Descendants(), element => element.Name.LocalName == "Target"
            && ((string?)element.Attribute("Condition"))?.Contains("'$(DropoutGuardMode)' == 'strict'", StringComparison.Ordinal) == true);
        Assert.Contains(strict.Descendants().Where(element => element.Name.LocalName == "EditorConfigFiles"),
            element => (string?)element.Attribute("Include") == "$(MSBuildThisFileDirectory)DropoutGuard.strict.globalconfig");

        var config = System.Text.Encoding.UTF8.GetString(_package.Files["build/DropoutGuard.strict.globalconfig"]).Split('\n').Select(line => line.Trim()).ToList();
        Assert.Contains("is_global = true", config);
        foreach (var id in typeof(RuleIds).GetFields().Select(field => (string)field.GetValue(null)!))
            Assert.Contains("dotnet_diagnostic." + id + ".severity = error", config);
    }

    private string Single(string nuspecElement) => _package.NuspecElements(nuspecElement).Single().Value;

    private IEnumerable<string> FilesUnder(string folder)
        => _package.Files.Keys.Where(name => name.StartsWith(folder, StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal);

    // Leaves out what NuGet itself adds to every package: the nuspec, OPC parts and core properties.
    private IEnumerable<string> ContentFiles()
        => _package.Files.Keys
            .Where(name => name != "DropoutGuard.nuspec"
                && !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal);
}
