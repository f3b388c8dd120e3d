namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// A new project outside the repository that takes DropoutGuard from the packed package and the real TorchSharp and
/// TorchSharp.PyBridge packages, as a user's project would.
/// </summary>
public sealed class ConsumerProject
{
    private ConsumerProject(string directory, string projectPath)
    {
        Directory = directory;
        ProjectPath = projectPath;
    }

    public string Directory { get; }

    public string ProjectPath { get; }

    /// <summary>Writes the project, its package sources and <paramref name="sources"/> (by path relative to the project).</summary>
    public static ConsumerProject Create(PackagingWorkspace workspace, string name, IReadOnlyDictionary<string, string> sources)
    {
        var directory = Path.Combine(workspace.Root, name);
        System.IO.Directory.CreateDirectory(directory);

        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(workspace));
        // Stop MSBuild and .editorconfig lookups from reaching files above the temp folder.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true");

        // A packages folder of its own: NuGet's global folder may hold an older DropoutGuard package with the same version.
        var projectPath = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(projectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <RestorePackagesPath>{Path.Combine(workspace.Root, name + ".packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DropoutGuard" Version="{RepositoryLayout.Version}" PrivateAssets="all" />
                <PackageReference Include="TorchSharp" Version="{RepositoryLayout.TorchSharpVersion}" />
                <PackageReference Include="TorchSharp.PyBridge" Version="{RepositoryLayout.PyBridgeVersion}" />
              </ItemGroup>
            </Project>
            """);

        foreach (var (path, text) in sources)
        {
            var file = Path.Combine(directory, path);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return new ConsumerProject(directory, projectPath);
    }

    public ProcessResult Build(params string[] arguments)
        => DotnetCli.RunMSBuild(Directory, new[] { "build", ProjectPath }.Concat(arguments).ToArray());

    /// <summary>
    /// Restores and builds, then prints the items of <paramref name="itemTypes"/> as MSBuild's <c>-getItem</c> JSON on
    /// stdout, as they were when the compiler ran; the build's own messages, warnings included, go to stderr.
    /// </summary>
    public ProcessResult BuildPrintingItems(IEnumerable<string> itemTypes, params string[] arguments)
        => DotnetCli.RunMSBuild(Directory, new[] { "msbuild", ProjectPath, "-restore", "-t:Build" }
            .Concat(itemTypes.Select(itemType => "-getItem:" + itemType)).Concat(arguments).ToArray());

    /// <summary>Applies the code fixes for <paramref name="diagnosticId"/> the way a user would from the command line.</summary>
    public ProcessResult FixWithDotnetFormat(string diagnosticId)
        => DotnetCli.Run(Directory, "format", "analyzers", ProjectPath, "--diagnostics", diagnosticId, "--no-restore", "--verbosity", "diagnostic");

    public string ReadSource(string path) => File.ReadAllText(Path.Combine(Directory, path));

    /// <summary>
    /// DropoutGuard only from the packed folder; everything else from the global packages folder used as a local feed,
    /// which the test project's own restore has filled with TorchSharp and its dependencies: no download per consumer,
    /// and source mapping keeps a stale DropoutGuard in that folder out.
    /// </summary>
    private static string NuGetConfig(PackagingWorkspace workspace) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="DropoutGuard" value="{Path.GetDirectoryName(workspace.Package.Path)}" />
            <add key="GlobalPackages" value="{workspace.GlobalPackagesFolder}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="DropoutGuard">
              <package pattern="DropoutGuard" />
            </packageSource>
            <packageSource key="GlobalPackages">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;
}
