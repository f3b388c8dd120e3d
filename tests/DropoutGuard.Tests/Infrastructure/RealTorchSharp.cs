using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The real TorchSharp 0.107.0 and TorchSharp.PyBridge 1.4.4 assemblies, from the packages the test project restores
/// (their paths are stamped into this assembly's metadata at build time from the packages' path properties).
/// </summary>
public static class RealTorchSharp
{
    private static readonly Lazy<MetadataReference> s_torchSharp = new(() => Load("TorchSharpReference"));
    private static readonly Lazy<MetadataReference> s_pyBridge = new(() => Load("PyBridgeReference"));

    public static MetadataReference TorchSharp => s_torchSharp.Value;

    public static MetadataReference PyBridge => s_pyBridge.Value;

    private static MetadataReference Load(string key)
    {
        var path = typeof(RealTorchSharp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            throw new InvalidOperationException($"The {key} assembly was not found at '{path}'; restore the test project.");
        return MetadataReference.CreateFromFile(path);
    }
}
