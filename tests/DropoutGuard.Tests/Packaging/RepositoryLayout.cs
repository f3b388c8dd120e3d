using System.Xml.Linq;

namespace DropoutGuard.Tests.Packaging;

/// <summary>Paths in this repository, found by walking up from the test binaries to the folder that holds DropoutGuard.sln.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "DropoutGuard.Package", "DropoutGuard.Package.csproj");

    /// <summary>Builds TorchSharp.PyBridge.dll and the TorchSharp.dll it references.</summary>
    public static string PyBridgeSurfaceProject => Path.Combine(Root, "tests", "TorchSharpSurface", "TorchSharp.PyBridge", "TorchSharp.PyBridge.Surface.csproj");

    public static string SampleDirectory => Path.Combine(Root, "samples", "DpoTraining");

    public static string SampleProject => Path.Combine(SampleDirectory, "DpoTraining.csproj");

    /// <summary>The package version: DropoutGuardVersion in Directory.Build.props.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The project's one address: RepositoryUrl in Directory.Build.props.</summary>
    public static string RepositoryUrl { get; } = ReadBuildProperty("RepositoryUrl").TrimEnd('/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DropoutGuard.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " contains DropoutGuard.sln.");
    }

    private static string ReadVersion() => ReadBuildProperty("DropoutGuardVersion");

    private static string ReadBuildProperty(string name)
        => XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants(name).Single().Value.Trim();
}
