using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// A host loads an analyzer folder only if it runs that Roslyn version or later; an assembly that references a newer
/// Microsoft.CodeAnalysis than its folder name fails to load there (CS8032) and its rules silently never run.
/// </summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class AnalyzerHostCompatibilityTests
{
    private readonly PackedPackage _package;

    public AnalyzerHostCompatibilityTests(PackagingWorkspace workspace) => _package = workspace.Package;

    [Theory]
    [InlineData("analyzers/dotnet/roslyn4.8/cs/", "4.8.0.0")]
    [InlineData("analyzers/dotnet/roslyn4.14/cs/", "4.14.0.0")]
    public void Assemblies_reference_no_Roslyn_newer_than_their_folder(string folder, string newestAllowed)
    {
        var assemblies = _package.Files.Where(file => file.Key.StartsWith(folder, StringComparison.Ordinal) && file.Key.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);

        var roslynReferences = assemblies
            .SelectMany(assembly => RoslynReferences(assembly.Value).Select(reference => (Assembly: assembly.Key, reference.Name, reference.Version)))
            .ToList();
        Assert.NotEmpty(roslynReferences);

        var tooNew = roslynReferences.Where(reference => reference.Version > Version.Parse(newestAllowed)).ToList();
        Assert.True(tooNew.Count == 0, "References newer than " + newestAllowed + ":" + Environment.NewLine
            + string.Join(Environment.NewLine, tooNew.Select(reference => reference.Assembly + " -> " + reference.Name + " " + reference.Version)));
    }

    private static IEnumerable<(string Name, Version Version)> RoslynReferences(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version))
            .Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
    }
}
