using System.IO.Compression;
using System.Xml.Linq;

namespace DropoutGuard.Tests.Packaging;

/// <summary>A .nupkg read into memory: its file names and contents, and its nuspec.</summary>
public sealed class PackedPackage
{
    public PackedPackage(string path)
    {
        Path = path;
        using var archive = ZipFile.OpenRead(path);
        Files = archive.Entries
            .Where(entry => !entry.FullName.EndsWith('/'))
            .ToDictionary(entry => entry.FullName, ReadAll, StringComparer.Ordinal);
        var nuspec = Files.Keys.Single(name => !name.Contains('/') && name.EndsWith(".nuspec", StringComparison.Ordinal));
        Nuspec = XDocument.Load(new MemoryStream(Files[nuspec]));
    }

    public string Path { get; }

    /// <summary>Every file by its path in the package ('/' separators).</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public XDocument Nuspec { get; }

    /// <summary>The nuspec's metadata elements by local name (the nuspec namespace varies with the NuGet version).</summary>
    public IEnumerable<XElement> NuspecElements(string localName)
        => Nuspec.Descendants().Where(element => element.Name.LocalName == localName);

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
