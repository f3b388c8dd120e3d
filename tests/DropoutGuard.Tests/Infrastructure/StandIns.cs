using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The compile-only stand-ins of tests/StandIns (embedded as resources "StandIns/&lt;folder&gt;/&lt;file&gt;.cs"): the
/// Microsoft.ML.GenAI surface, compiled against the real TorchSharp, and the legacy TorchSharp 0.102/0.103 shape.
/// Each is compiled once on first use and shared by every test.
/// </summary>
public static class StandIns
{
    private const string ResourcePrefix = "StandIns/";

    private static readonly Lazy<MetadataReference> s_genAI = new(() => Emit("Microsoft.ML.GenAI", "Microsoft.ML.GenAI", [RealTorchSharp.TorchSharp]));
    private static readonly Lazy<MetadataReference> s_legacy = new(() => Emit("LegacyTorchSharp", "TorchSharp", []));

    public static MetadataReference GenAI => s_genAI.Value;

    public static MetadataReference LegacyTorchSharp => s_legacy.Value;

    // Emitted to PE images (not compilation references) so private members stay invisible, as with real assemblies.
    private static MetadataReference Emit(string folder, string assemblyName, MetadataReference[] references)
    {
        var trees = Sources(folder).Select(source => CSharpSyntaxTree.ParseText(SourceText.From(source.Text, System.Text.Encoding.UTF8), path: source.Path));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            TestReferences.Net.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress)]));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException($"The {folder} stand-in does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
        return MetadataReference.CreateFromImage(image.ToArray(), filePath: $"/stand-ins/{folder}/{assemblyName}.dll");
    }

    // Resource names use '/' but tolerate '\' from other hosts.
    private static List<(string Path, string Text)> Sources(string folder)
    {
        var assembly = typeof(StandIns).Assembly;
        var prefix = ResourcePrefix + folder + "/";
        var sources = assembly.GetManifestResourceNames()
            .Where(name => name.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => (name.Replace('\\', '/'), Read(assembly, name)))
            .ToList();
        return sources.Count > 0 ? sources : throw new InvalidOperationException($"No embedded sources under \"{prefix}\".");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
