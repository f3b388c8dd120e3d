using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0001 section B: what counts as constructing or loading a model.</summary>
public class DG0001OriginTests
{
    private static Task InDpo(string body, VerifierOptions? options = null)
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { async Task Run(string path) { " + body + " await Task.Yield(); } }"), options);

    [Fact]
    public Task New_of_a_user_module() => InDpo("var m = [|new Gpt(64)|];");

    [Fact]
    public Task Target_typed_new() => InDpo("Gpt m = [|new(64)|];");

    [Fact]
    public Task TorchSharp_built_in_layers_are_not_models() => InDpo("var l = nn.Linear(4, 4); var d = nn.Dropout(0.1); var e = nn.Embedding(10, 4);");

    [Fact]
    public Task Sequential_with_an_active_dropout_is_a_model()
        => InDpo("var s = [|nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.1))|];");

    [Theory]
    [InlineData("nn.Sequential(nn.Linear(4, 4), nn.ReLU())")]
    [InlineData("nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.0))")]
    [InlineData("nn.Sequential(nn.Linear(4, 4), nn.Dropout(p: 0))")]
    public Task Containers_without_active_dropout_are_not(string container) => InDpo("var s = " + container + ";");

    [Theory]
    [InlineData("nn.Dropout()")]
    [InlineData("nn.Dropout1d(0.2)")]
    [InlineData("nn.AlphaDropout(0.2)")]
    [InlineData("nn.FeatureAlphaDropout(0.2)")]
    public Task Any_active_dropout_factory_makes_a_container_a_model(string dropout)
        => InDpo("var s = [|nn.Sequential(nn.Linear(4, 4), " + dropout + ")|];");

    [Fact]
    public Task ModuleList_with_dropout_is_a_model()
        => InDpo("var s = [|nn.ModuleList<nn.Module<Tensor, Tensor>>(nn.Linear(4, 4), nn.Dropout(0.1))|];");

    [Fact]
    public Task Library_factories_are_models()
        => InDpo("var m = [|Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM.FromPretrained(path, device: \"cpu\")|];");

    [Fact]
    public Task Module_Create_is_a_model() => InDpo("var m = [|nn.Module.Create<Gpt>(path)|];");

    [Fact]
    public Task Jit_load_is_a_model() => InDpo("var m = [|jit.load(path)|]; var g = [|jit.load<Tensor, Tensor>(path)|];");

    [Fact]
    public Task Awaited_task_of_a_module_is_a_model()
        => Verify.VerifyAsync(TestModels.With("""
            interface IModelStore { Task<Gpt> LoadAsync(string path); ValueTask<Gpt> OpenAsync(string path); }
            class DpoRunner
            {
                async Task Run(IModelStore store)
                {
                    var policy = [|await store.LoadAsync("p")|];
                    var reference = [|await store.OpenAsync("r")|];
                }
            }
            """));

    [Fact]
    public Task Same_object_calls_are_tracked_not_new_origins()
        => InDpo("""
            var m = [|new Gpt(64)|];
            var moved = m.to(DeviceType.CUDA).cuda().cpu().half();
            var loaded = moved.load(path).load_py(path).load_safetensors(path).load_checkpoint(path);
            m.save(path);
            """);

    [Fact]
    public Task Disabling_through_an_alias_from_a_same_object_call_counts()
        => InDpo("""
            var m = new Gpt(64);
            var moved = m.to(DeviceType.CUDA);
            moved.DisableDropout();
            """);

    [Fact]
    public Task Torch_load_is_a_tensor_not_a_model() => InDpo("var t = torch.load(path);");

    [Fact]
    public Task Reading_parameters_fields_and_properties_is_not_an_origin()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner
            {
                private Gpt _policy = null!;
                public Gpt Reference { get; set; } = null!;
                void Run(Gpt model)
                {
                    var a = model;
                    var b = _policy;
                    var c = Reference;
                    var trainer = new DpoTrainer(a, b);
                }
            }
            """));

    [Fact]
    public Task Submodules_inside_a_model_definition_are_never_findings()
        => Verify.VerifyAsync(TestModels.With("""
            public sealed class DpoPolicy : nn.Module<Tensor, Tensor>
            {
                private readonly Gpt _backbone = new Gpt(64);
                private readonly Sequential _head = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.1));
                public DpoPolicy() : base("policy") { var extra = new Gpt(1); RegisterComponents(); }
                public override Tensor forward(Tensor x) => x;
            }
            """));

    [Fact]
    public Task A_factory_outside_the_path_is_reported_at_its_call_site()
        => Verify.VerifyAsync(TestModels.With("""
            static class Models
            {
                public static Gpt LoadModel(string path) { var m = new Gpt(64); m.load(path); return m; }
            }
            class DpoRunner
            {
                void Run() { var policy = [|Models.LoadModel("p")|]; }
            }
            """));

    [Fact]
    public Task A_factory_that_disables_dropout_yields_a_disabled_model()
        => Verify.VerifyAsync(TestModels.With("""
            static class Models
            {
                public static Gpt LoadModel(string path) { var m = new Gpt(64); m.load(path); m.DisableDropout(); return m; }
                public static Gpt LoadDirect(string path) => new Gpt(64).DisableDropout();
            }
            class DpoRunner
            {
                void Run() { var policy = Models.LoadModel("p"); var reference = Models.LoadDirect("r"); }
            }
            """));

    [Fact]
    public Task A_factory_on_a_path_reports_inside_itself_once()
        => Verify.VerifyAsync(TestModels.With("""
            static class Models
            {
                public static Gpt LoadSftModel(string path) { var m = [|new Gpt(64)|]; return m; }
            }
            class SftRunner
            {
                void Run() { var model = Models.LoadSftModel("p"); }
            }
            """));

    [Fact]
    public Task Static_factory_on_the_model_type_is_reported_at_the_call_site()
        => Verify.VerifyAsync(TestModels.With("""
            public sealed class Policy : nn.Module<Tensor, Tensor>
            {
                private Policy() : base("policy") { }
                public static Policy FromCheckpoint(string path) { var p = new Policy(); p.load(path); return p; }
                public override Tensor forward(Tensor x) => x;
            }
            class DpoRunner
            {
                void Run() { var policy = [|Policy.FromCheckpoint("p")|]; }
            }
            """));

    [Fact]
    public Task Inference_code_is_silent()
        => Verify.VerifyAsync(TestModels.With("""
            class ChatService
            {
                private readonly Gpt _model = new Gpt(64);
                public Tensor Generate(Tensor prompt) { var m = new Gpt(64); m.load("w"); m.eval(); return m.forward(prompt); }
            }
            class Pretraining
            {
                void Run() { var m = new Gpt(64); m.train(); var opt = optim.AdamW(m.parameters()); }
            }
            """));

    [Fact]
    public Task No_TorchSharp_reference_means_no_analysis()
        => Verify.VerifyAsync("class DpoRunner { void Run() { var x = new object(); } }",
            new VerifierOptions { TorchSharp = TorchSharpFlavor.None, ReferencePyBridge = false, ReferenceGenAI = false });

    private const string Job = """
        sealed class Gpt : TorchSharp.torch.nn.Module { public Gpt() : base("gpt") { } }
        sealed class DpoTrainer { public DpoTrainer(TorchSharp.torch.nn.Module policy, TorchSharp.torch.nn.Module reference) { } public void Train() { } }
        class DpoRunner { void Run() { var policy = MODEL; new DpoTrainer(policy, policy).Train(); } }
        """;

    /// <summary>A project declaring TorchSharp's Module, referenced as a project (not a TorchSharp.dll) under <paramref name="assemblyName"/>.</summary>
    private static VerifierOptions WithTorchSharpProjectNamed(string assemblyName)
    {
        var project = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            assemblyName,
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace TorchSharp { public static partial class torch { public static partial class nn { public abstract class Module { protected Module(string name) { } } } } }")],
            TestReferences.Net,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        return new VerifierOptions
        {
            TorchSharp = TorchSharpFlavor.None, ReferencePyBridge = false, ReferenceGenAI = false, RunGenerators = false,
            AdditionalReferences = { project.ToMetadataReference() },
        };
    }

    [Fact]
    public Task A_project_named_TorchSharp_is_TorchSharp()
        => Verify.VerifyAsync(Job.Replace("MODEL", "[|new Gpt()|]", StringComparison.Ordinal), WithTorchSharpProjectNamed("TorchSharp"));

    [Fact]
    public Task The_same_types_in_a_project_of_another_name_are_not_TorchSharp()
        => Verify.VerifyAsync(Job.Replace("MODEL", "new Gpt()", StringComparison.Ordinal), WithTorchSharpProjectNamed("MyTensors"));
}
