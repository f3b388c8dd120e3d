namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// The SDK passes the compiler the package's analyzer folder for the compiler's Roslyn version, named by
/// CompilerApiVersion: a .NET 8 SDK sets roslyn4.8 and must get the analyzer without the code fixes, which need 4.14.
/// </summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class CompilerApiVersionTests
{
    private readonly PackagingWorkspace _workspace;

    public CompilerApiVersionTests(PackagingWorkspace workspace) => _workspace = workspace;

    public static TheoryData<string, string[]> Hosts() => new()
    {
        { "roslyn4.8", new[] { "analyzers/dotnet/roslyn4.8/cs/DropoutGuard.dll" } },
        // This SDK's own compiler (Roslyn 5.x): the newest folder it can load.
        { "", new[] { "analyzers/dotnet/roslyn4.14/cs/DropoutGuard.CodeFixes.dll", "analyzers/dotnet/roslyn4.14/cs/DropoutGuard.dll" } },
    };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Build_passes_the_compiler_the_folder_for_its_Roslyn_version_and_the_rules_run(string compilerApiVersion, string[] expectedAssets)
    {
        var name = "CompilerApi" + (compilerApiVersion.Length == 0 ? "Default" : compilerApiVersion.Replace(".", ""));
        var consumer = ConsumerProject.Create(_workspace, name, new Dictionary<string, string>
        {
            ["Models/Gpt.cs"] = ConsumerSources.Model,
            ["DpoRunner.cs"] = ConsumerSources.DpoRunner,
        });

        var arguments = compilerApiVersion.Length == 0 ? Array.Empty<string>() : new[] { "-p:CompilerApiVersion=" + compilerApiVersion };
        var build = consumer.BuildPrintingItems(new[] { "Analyzer" }, arguments);
        Assert.True(build.ExitCode == 0, build.Describe());

        var packageFolder = "/dropoutguard/" + RepositoryLayout.Version + "/";
        var assets = MSBuildItems.FullPaths(build.StandardOutput, "Analyzer")
            .Select(path => path.Replace('\\', '/'))
            .Where(path => path.Contains(packageFolder, StringComparison.OrdinalIgnoreCase))
            .Select(path => path.Substring(path.IndexOf(packageFolder, StringComparison.OrdinalIgnoreCase) + packageFolder.Length))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedAssets, assets);

        var findings = BuildDiagnostic.Parse(build.StandardError, consumer.Directory).Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "DpoRunner.cs(10,26): warning DG0001", "DpoRunner.cs(13,29): warning DG0001" }, findings);
    }
}
