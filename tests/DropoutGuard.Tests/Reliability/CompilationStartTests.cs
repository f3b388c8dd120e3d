using System.Collections.Immutable;
using DropoutGuard.Flow;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// What every rule's compilation start does (<see cref="FlowServicesCache.For"/>) reads no metadata: TorchSharp's
/// symbols are looked up on first use, from an analysis action, after the compiler has bound the references. Looked up at
/// compilation start, they made the analyzer bind every reference and read TorchSharp's type tables ahead of the
/// compiler, and be charged for it.
/// </summary>
public sealed class CompilationStartTests
{
    private const string Job = """
        using TorchSharp;
        sealed class Gpt : torch.nn.Module { public Gpt() : base("gpt") { } }
        """;

    [Fact]
    public void Compilation_start_reads_no_metadata_and_the_first_use_finds_TorchSharp()
    {
        var torchSharp = new CountingReference((PortableExecutableReference)RealTorchSharp.TorchSharp);
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(Job, "Job.cs")], "Start")
            .ReplaceReference(RealTorchSharp.TorchSharp, torchSharp);

        var services = FlowServicesCache.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));

        Assert.NotNull(services);
        Assert.Equal(0, torchSharp.Reads);
        Assert.Equal("Module", services.Types.Module?.Name);
        Assert.True(torchSharp.Reads > 0);
    }

    [Fact]
    public void Without_TorchSharp_there_are_no_services()
    {
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse("class C { }", "C.cs")])
            .RemoveReferences(RealTorchSharp.TorchSharp, RealTorchSharp.PyBridge);

        Assert.Null(FlowServicesCache.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)));
    }

    /// <summary>
    /// A project named TorchSharp whose nn has no Module (not the library): the rules run, find no model and report
    /// nothing, and nothing throws. The same project with a Module is TorchSharp, and the same job is reported.
    /// </summary>
    [Theory]
    [InlineData("Layer", 0)]
    [InlineData("Module", 1)]
    public async Task A_TorchSharp_without_Module_makes_no_models(string baseClass, int expected)
    {
        var library = CSharpCompilation.Create(
            "TorchSharp",
            [CSharpSyntaxTree.ParseText($"namespace TorchSharp {{ public static class torch {{ public static class nn {{ public abstract class {baseClass} {{ protected {baseClass}(string name) {{ }} }} }} }} }}")],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var source = $$"""
            sealed class Gpt : TorchSharp.torch.nn.{{baseClass}} { public Gpt() : base("gpt") { } }
            sealed class DpoTrainer { public DpoTrainer(object policy, object reference) { } public void Train() { } }
            static class Job { static void Run() { var policy = new Gpt(); new DpoTrainer(policy, policy).Train(); } }
            """;
        var compilation = CSharpCompilation.Create("Jobs", [ReliabilityCompilation.Parse(source, "Job.cs")],
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().Append(library.ToMetadataReference()), ReliabilityCompilation.Options);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation);

        Assert.Equal(expected, diagnostics.Count(d => d.Id == RuleIds.DisableDropoutOnTrainingModel));
    }

    /// <summary>A file reference that counts how often its metadata is read.</summary>
    private sealed class CountingReference : PortableExecutableReference
    {
        private readonly PortableExecutableReference _file;
        private int _reads;

        public CountingReference(PortableExecutableReference file)
            : base(file.Properties, file.FilePath) => _file = file;

        public int Reads => Volatile.Read(ref _reads);

        protected override Metadata GetMetadataImpl()
        {
            Interlocked.Increment(ref _reads);
            return _file.GetMetadata();
        }

        protected override DocumentationProvider CreateDocumentationProvider() => DocumentationProvider.Default;

        protected override PortableExecutableReference WithPropertiesImpl(MetadataReferenceProperties properties)
            => new CountingReference((PortableExecutableReference)_file.WithProperties(properties));
    }
}
