namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// A new project outside the repository that takes DropoutGuard from the packed package, as a user's project would,
/// and compiles against the TorchSharp surface.
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

    /// <summary>Writes the project, its package source and <paramref name="sources"/> (by path relative to the project).</summary>
    public static ConsumerProject Create(PackagingWorkspace workspace, string name, IReadOnlyDictionary<string, string> sources)
    {
        var package = workspace.Package;
        var directory = Path.Combine(workspace.Root, name);
        System.IO.Directory.CreateDirectory(directory);

        // Only the packed folder as a source, and a packages folder of its own: NuGet's global folder may hold an
        // older package with the same version.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="DropoutGuard" value="{Path.GetDirectoryName(package.Path)}" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild and .editorconfig lookups from reaching files above the temp folder.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true");

        var surface = workspace.SurfaceDirectory;
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
              </ItemGroup>
              <ItemGroup>
                <Reference Include="TorchSharp" HintPath="{Path.Combine(surface, "TorchSharp.dll")}" />
                <Reference Include="TorchSharp.PyBridge" HintPath="{Path.Combine(surface, "TorchSharp.PyBridge.dll")}" />
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

    /// <summary>Applies the code fixes for <paramref name="diagnosticId"/> the way a user would from the command line.</summary>
    public ProcessResult FixWithDotnetFormat(string diagnosticId)
        => DotnetCli.Run(Directory, "format", "analyzers", ProjectPath, "--diagnostics", diagnosticId, "--no-restore", "--verbosity", "diagnostic");

    public string ReadSource(string path) => File.ReadAllText(Path.Combine(Directory, path));
}
