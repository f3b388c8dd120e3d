using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>The options and references every test compilation and test workspace is built from.</summary>
internal static class TestProject
{
    public const string AssemblyName = "TestProject";

    public static CSharpParseOptions ParseOptions(VerifierOptions options)
        => new(options.LanguageVersion, DocumentationMode.Parse);

    public static CSharpCompilationOptions CompilationOptions(VerifierOptions options)
        => new(options.OutputKind, nullableContextOptions: NullableContextOptions.Enable);

    public static ImmutableArray<MetadataReference> References(VerifierOptions options)
    {
        var references = ReferenceAssemblies.Net.ToBuilder();
        if (options.TorchSharp != TorchSharpFlavor.None)
        {
            var surface = TorchSharpSurface.For(options.TorchSharp);
            references.Add(surface.TorchSharp);
            if (options.ReferencePyBridge)
                references.Add(surface.PyBridge);
            if (options.ReferenceGenAI)
                references.Add(surface.GenAI);
        }
        references.AddRange(options.AdditionalReferences);
        return references.ToImmutable();
    }

    public static SourceText Text(string source) => SourceText.From(source, Encoding.UTF8);

    /// <summary>A compilation of the documents alone; <see cref="TestAnalyzerConfig"/> supplies per-file severities as the compiler would.</summary>
    public static CSharpCompilation Compile(ImmutableArray<TestDocument> documents, VerifierOptions options, TestAnalyzerConfig config)
    {
        var parseOptions = ParseOptions(options);
        var trees = documents.Select(document => CSharpSyntaxTree.ParseText(Text(document.Source), parseOptions, document.Path));
        return CSharpCompilation.Create(
            AssemblyName,
            trees,
            References(options),
            CompilationOptions(options).WithSyntaxTreeOptionsProvider(config.SyntaxTreeOptions));
    }
}
