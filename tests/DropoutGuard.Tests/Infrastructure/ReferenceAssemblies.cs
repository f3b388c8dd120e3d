using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>The .NET assemblies every in-memory test compilation references.</summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_net = new(Load);

    /// <summary>The targeting pack of the running major version, or the running runtime's assemblies when no pack is installed.</summary>
    public static ImmutableArray<MetadataReference> Net => s_net.Value;

    private static ImmutableArray<MetadataReference> Load()
        => (TargetingPackAssemblies() ?? RuntimeAssemblies())
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private static string RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>; the SDK's packs sit under the same <dotnet>.
    private static string[]? TargetingPackAssemblies()
    {
        var packRoot = Path.GetFullPath(Path.Combine(RuntimeDirectory, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        if (!Directory.Exists(packRoot))
            return null;

        var major = Environment.Version.Major;
        var targetFramework = $"net{major}.0";
        var best = Directory.GetDirectories(packRoot)
            .Select(directory => (Directory: Path.Combine(directory, "ref", targetFramework), Name: Path.GetFileName(directory)))
            .Select(candidate => (candidate.Directory, Version: ParseVersion(candidate.Name), IsPrerelease: candidate.Name.Contains('-')))
            .Where(candidate => candidate.Version?.Major == major && Directory.Exists(candidate.Directory))
            .OrderByDescending(candidate => candidate.Version)
            .ThenBy(candidate => candidate.IsPrerelease)
            .Select(candidate => candidate.Directory)
            .FirstOrDefault();
        return best is null ? null : Directory.GetFiles(best, "*.dll");
    }

    private static Version? ParseVersion(string folderName)
        => Version.TryParse(folderName.Split('-')[0], out var version) ? version : null;

    // Implementation assemblies rather than reference assemblies, but they compile the same code. Only the shared
    // framework's own files: the rest of the trusted list is this test run's dependencies (Roslyn, xunit, DropoutGuard).
    private static string[] RuntimeAssemblies()
    {
        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("Neither a Microsoft.NETCore.App.Ref targeting pack nor TRUSTED_PLATFORM_ASSEMBLIES is available.");
        return trusted.Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), RuntimeDirectory, StringComparison.Ordinal))
            .ToArray();
    }
}
