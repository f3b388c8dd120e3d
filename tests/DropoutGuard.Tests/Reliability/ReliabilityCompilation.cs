using System.Collections.Immutable;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.Reliability;

/// <summary>In-memory compilations against .NET 10 reference assemblies and the real TorchSharp, references loaded once.</summary>
internal static class ReliabilityCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(RealTorchSharp.TorchSharp)
            .Append(RealTorchSharp.PyBridge)
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilationOptions Options { get; } = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

    public static SyntaxTree Parse(string source, string path)
        => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees, string name = "Reliability")
        => CSharpCompilation.Create(name, trees, References, Options);
}
