using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DropoutGuard.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Benchmarks.Compilations
{
    /// <summary>
    /// A corpus parsed once. Every measurement creates its own compilation from these trees, so binding is paid afresh
    /// and no analysis cache survives between measurements, while parsing is shared.
    /// </summary>
    public sealed class ParsedCorpus
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true);

        private static readonly ImmutableArray<MetadataReference> Framework = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();
        private static ImmutableArray<MetadataReference> s_torchSharp;

        public ParsedCorpus(IReadOnlyList<CorpusFile> files)
        {
            Files = files;
            Trees = files.Select(Parse).ToImmutableArray();
            Lines = files.Sum(file => file.LineCount);
        }

        public IReadOnlyList<CorpusFile> Files { get; }
        public ImmutableArray<SyntaxTree> Trees { get; }
        public int Lines { get; }

        public static ParsedCorpus Generate(int fileCount) => new ParsedCorpus(CorpusGenerator.Generate(fileCount));

        public static SyntaxTree Parse(CorpusFile file)
            => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, "/corpus/" + file.Path, Encoding.UTF8);

        /// <summary>Framework reference assemblies, plus TorchSharp 0.107.0 and PyBridge 1.4.4 unless told otherwise.</summary>
        public static ImmutableArray<MetadataReference> References(bool withTorchSharp)
        {
            if (!withTorchSharp)
                return Framework;
            if (s_torchSharp.IsDefault)
            {
                s_torchSharp = Framework.AddRange(new[]
                {
                    MetadataReference.CreateFromFile(ReferencePaths.TorchSharp),
                    MetadataReference.CreateFromFile(ReferencePaths.PyBridge),
                });
            }
            return s_torchSharp;
        }

        public CSharpCompilation NewCompilation(bool withTorchSharp = true, CSharpCompilationOptions? options = null)
            => CSharpCompilation.Create("Corpus", Trees, References(withTorchSharp), options ?? CompilationOptions);

        public static CSharpCompilation NewCompilation(IEnumerable<SyntaxTree> trees)
            => CSharpCompilation.Create("Corpus", trees, References(true), CompilationOptions);
    }
}
