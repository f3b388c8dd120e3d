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

    /// <summary>Writes the files directly in <paramref name="folder"/> ('/'-terminated) to <paramref name="destination"/>.</summary>
    public void ExtractFolder(string folder, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var (name, content) in Files.Where(file => file.Key.StartsWith(folder, StringComparison.Ordinal) && !file.Key.Substring(folder.Length).Contains('/')))
            File.WriteAllBytes(System.IO.Path.Combine(destination, name.Substring(folder.Length)), content);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
