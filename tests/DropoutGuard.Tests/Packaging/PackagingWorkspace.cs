namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// A temporary folder for the tests that run the dotnet CLI. The package is packed into it and the TorchSharp surface
/// built into it once, on first use; the folder is deleted when those tests are done.
/// </summary>
public sealed class PackagingWorkspace : IDisposable
{
    private readonly Lazy<PackedPackage> _package;
    private readonly Lazy<string> _surfaceDirectory;

    public PackagingWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "DropoutGuard.Packaging." + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        _package = new Lazy<PackedPackage>(Pack);
        _surfaceDirectory = new Lazy<string>(BuildSurface);
    }

    public string Root { get; }

    /// <summary>The folder `dotnet pack` wrote the package to; consumers use it as their package source.</summary>
    public string PackageDirectory => Path.Combine(Root, "package");

    public PackedPackage Package => _package.Value;

    /// <summary>The folder holding the surface TorchSharp.dll and TorchSharp.PyBridge.dll.</summary>
    public string SurfaceDirectory => _surfaceDirectory.Value;

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

    private string BuildSurface()
    {
        var output = Path.Combine(Root, "surface");
        var result = DotnetCli.RunMSBuild(RepositoryLayout.Root, "build", RepositoryLayout.PyBridgeSurfaceProject, "-c", "Release", "-o", output);
        if (result.ExitCode != 0)
            throw new InvalidOperationException("Building the TorchSharp surface failed." + Environment.NewLine + result.Describe());
        return output;
    }
}
