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
            "LICENSE",
            "README.md",
            Roslyn414 + "DropoutGuard.CodeFixes.dll",
            Roslyn414 + "DropoutGuard.dll",
            Roslyn48 + "DropoutGuard.dll",
            "build/DropoutGuard.props",
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
        Assert.Equal("LICENSE", Single("license"));
        Assert.Empty(_package.NuspecElements("dependencies"));
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
