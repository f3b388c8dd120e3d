using System.Xml.Linq;

namespace DropoutGuard.Tests.Packaging;

/// <summary>Paths in this repository, found by walking up from the test binaries to the folder that holds DropoutGuard.sln.</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "DropoutGuard.Package", "DropoutGuard.Package.csproj");

    /// <summary>A compiler host on Microsoft.CodeAnalysis 4.8 that runs an analyzer assembly on C# files.</summary>
    public static string Roslyn48HostProject => Path.Combine(Root, "tests", "DropoutGuard.Roslyn48Host", "DropoutGuard.Roslyn48Host.csproj");

    /// <summary>The folder of the samples; each sample is a folder holding a project of the same name.</summary>
    public static string SamplesDirectory => Path.Combine(Root, "samples");

    /// <summary>The DPO sample, which shows every rule.</summary>
    public static string SampleDirectory => Path.Combine(SamplesDirectory, "DpoTraining");

    /// <summary>The TorchSharp and TorchSharp.PyBridge versions the samples and the test project use.</summary>
    public const string TorchSharpVersion = "0.107.0";

    public const string PyBridgeVersion = "1.4.4";

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
