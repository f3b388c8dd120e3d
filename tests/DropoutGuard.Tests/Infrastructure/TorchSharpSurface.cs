using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Compile-only stand-ins for TorchSharp, TorchSharp.PyBridge and Microsoft.ML.GenAI, compiled in memory from the
/// tests/TorchSharpSurface sources (embedded as resources "Surface/&lt;folder&gt;/&lt;file&gt;.cs") once per flavour.
/// </summary>
public static class TorchSharpSurface
{
    public const string TorchSharpAssemblyName = "TorchSharp";
    public const string PyBridgeAssemblyName = "TorchSharp.PyBridge";
    public const string GenAIAssemblyName = "Microsoft.ML.GenAI";

    private const string ResourcePrefix = "Surface/";
    private const string LegacySymbol = "TORCHSHARP_LEGACY";

    private static readonly Lazy<SurfaceReferences> s_current = new(() => Compile(TorchSharpFlavor.Current));
    private static readonly Lazy<SurfaceReferences> s_legacy = new(() => Compile(TorchSharpFlavor.Legacy));

    /// <summary>The three surface assemblies of one flavour; compiled on first use, then shared by every test.</summary>
    public static SurfaceReferences For(TorchSharpFlavor flavor) => flavor switch
    {
        TorchSharpFlavor.Current => s_current.Value,
        TorchSharpFlavor.Legacy => s_legacy.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "Only Current and Legacy have a surface."),
    };

    private static SurfaceReferences Compile(TorchSharpFlavor flavor)
    {
        var sources = ReadSources();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: flavor == TorchSharpFlavor.Legacy ? [LegacySymbol] : []);
        var torchSharp = flavor == TorchSharpFlavor.Current ? RealTorchSharp.TorchSharp : Emit(TorchSharpAssemblyName, flavor, sources, parseOptions, []);
        var pyBridge = flavor == TorchSharpFlavor.Current ? RealTorchSharp.PyBridge : Emit(PyBridgeAssemblyName, flavor, sources, parseOptions, [torchSharp]);
        var genAI = Emit(GenAIAssemblyName, flavor, sources, parseOptions, [torchSharp, pyBridge]);
        return new SurfaceReferences(torchSharp, pyBridge, genAI);
    }

    // Emitted to PE images (not compilation references) so private members stay invisible, as with the real packages.
    private static MetadataReference Emit(
        string assemblyName,
        TorchSharpFlavor flavor,
        ILookup<string, (string Path, string Text)> sources,
        CSharpParseOptions parseOptions,
        ImmutableArray<MetadataReference> references)
    {
        if (!sources.Contains(assemblyName))
            throw new InvalidOperationException($"No embedded sources under \"{ResourcePrefix}{assemblyName}/\"; resources found: {string.Join(", ", sources.Select(group => group.Key))}.");

        var trees = sources[assemblyName].Select(source => CSharpSyntaxTree.ParseText(SourceText.From(source.Text, System.Text.Encoding.UTF8), parseOptions, source.Path));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            ReferenceAssemblies.Net.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString());
            throw new InvalidOperationException($"The {flavor} {assemblyName} surface does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
        return MetadataReference.CreateFromImage(image.ToArray(), filePath: $"/surface/{flavor}/{assemblyName}.dll");
    }

    // Keyed by the top folder, which is the assembly name; resource names use '/' but tolerate '\' from other hosts.
    private static ILookup<string, (string Path, string Text)> ReadSources()
    {
        var assembly = typeof(TorchSharpSurface).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(name => name.Path.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => (Folder: name.Path[ResourcePrefix.Length..].Split('/')[0], Source: (name.Path, Text: ReadResource(assembly, name.Resource))))
            .ToLookup(entry => entry.Folder, entry => entry.Source, StringComparer.Ordinal);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
