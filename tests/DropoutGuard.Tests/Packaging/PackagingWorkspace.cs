namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// A temporary folder for the tests that run the dotnet CLI. The package is packed into it and the Roslyn 4.8 host
/// built into it once, on first use; the folder is deleted when those tests are done.
/// </summary>
public sealed class PackagingWorkspace : IDisposable
{
    private readonly Lazy<PackedPackage> _package;
    private readonly Lazy<string> _globalPackagesFolder = new(FindGlobalPackagesFolder);
    private readonly Lazy<string> _roslyn48Host;

    public PackagingWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "DropoutGuard.Packaging." + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        _package = new Lazy<PackedPackage>(Pack);
        _roslyn48Host = new Lazy<string>(BuildRoslyn48Host);
    }

    public string Root { get; }

    /// <summary>The folder `dotnet pack` wrote the package to; consumers use it as their package source.</summary>
    public string PackageDirectory => Path.Combine(Root, "package");

    public PackedPackage Package => _package.Value;

    /// <summary>NuGet's global packages folder, where this test project's restore put TorchSharp and TorchSharp.PyBridge.</summary>
    public string GlobalPackagesFolder => _globalPackagesFolder.Value;

    /// <summary>The built DropoutGuard.Roslyn48Host.dll, to run with `dotnet exec`.</summary>
    public string Roslyn48Host => _roslyn48Host.Value;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }
    }

    private PackedPackage Pack()
    {
        var result = DotnetCli.RunMSBuild(RepositoryLayout.Root, "pack", RepositoryLayout.PackageProject, "-c", "Release", "-o", PackageDirectory);
        if (result.ExitCode != 0)
            throw new InvalidOperationException("dotnet pack failed." + Environment.NewLine + result.Describe());
        var packages = Directory.GetFiles(PackageDirectory, "*.nupkg");
        if (packages.Length != 1)
            throw new InvalidOperationException("dotnet pack wrote " + packages.Length + " packages: " + string.Join(", ", packages));
        return new PackedPackage(packages[0]);
    }

    private string BuildRoslyn48Host()
    {
        var output = Path.Combine(Root, "roslyn48host");
        var result = DotnetCli.RunMSBuild(RepositoryLayout.Root, "build", RepositoryLayout.Roslyn48HostProject, "-c", "Release", "-o", output);
        if (result.ExitCode != 0)
            throw new InvalidOperationException("Building the Roslyn 4.8 host failed." + Environment.NewLine + result.Describe());
        return Path.Combine(output, "DropoutGuard.Roslyn48Host.dll");
    }

    // Asked of NuGet itself: NUGET_PACKAGES and nuget.config can move it.
    private static string FindGlobalPackagesFolder()
    {
        const string Prefix = "global-packages: ";
        var result = DotnetCli.Run(RepositoryLayout.Root, "nuget", "locals", "global-packages", "--list");
        var line = result.StandardOutput.Split('\n').Select(text => text.Trim()).FirstOrDefault(text => text.StartsWith(Prefix, StringComparison.Ordinal));
        if (result.ExitCode != 0 || line is null)
            throw new InvalidOperationException("NuGet did not name its global packages folder." + Environment.NewLine + result.Describe());
        return line.Substring(Prefix.Length).Trim();
    }
}
