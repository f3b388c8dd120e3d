using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0001 sections A.2, A.3 and D: flow into training sinks, wrapper objects, and where and how findings are reported.</summary>
public class DG0001FlowTests
{
    private static Task InPlainCode(string body, string extra = "", params string[] messages)
        => Verify.VerifyAsync(TestModels.With("class Runner { async Task Run(string path) { " + body + " await Task.Yield(); } }" + extra), null, messages);

    [Fact]
    public Task Passing_to_a_training_type_constructor_is_a_sink()
        => InPlainCode("var policy = [|new Gpt(64)|]; var reference = [|new Gpt(64)|]; var t = new DpoTrainer(policy, reference);", "",
            "Dropout is still on for policy model 'policy' that reaches DpoTrainer(…)",
            "Dropout is still on for reference model 'reference' that reaches DpoTrainer(…)");

    [Fact]
    public Task Passing_to_a_method_of_a_training_type_is_a_sink()
        => InPlainCode("var model = [|new Gpt()|]; Sft.Train(model, \"data\");", "",
            "Dropout is still on for model 'model' that reaches Sft.Train(…)");

    [Fact]
    public Task Passing_to_a_training_named_method_is_a_sink()
        => InPlainCode("var model = [|new Gpt()|]; Jobs.RunDpo(model);", "static class Jobs { public static void RunDpo(nn.Module m) { } }");

    [Fact]
    public Task Assigning_to_a_trainer_property_is_a_sink()
        => InPlainCode("var reference = [|new Gpt()|]; var trainer = new DpoTrainer(); trainer.Reference = reference;");

    [Fact]
    public Task Object_initializers_of_trainers_are_sinks()
        => InPlainCode("var trainer = new DpoTrainer { Policy = [|new Gpt()|] };");

    [Fact]
    public Task Passing_to_an_ordinary_method_is_not_a_sink()
        => InPlainCode("var model = new Gpt(); Evaluate.Run(model); var trainer = new Trainer(model);",
            "static class Evaluate { public static void Run(nn.Module m) { } } class Trainer { public Trainer(nn.Module m) { } }");

    [Fact]
    public Task A_helper_that_hands_its_parameter_to_a_trainer_is_a_sink()
        => InPlainCode("var model = [|new Gpt()|]; Jobs.Start(model);", "static class Jobs { public static void Start(nn.Module m) { var t = new DpoTrainer(m, m); } }");

    [Fact]
    public Task A_wrapper_object_carries_the_model_into_the_sink()
        => InPlainCode("var model = [|new Gpt()|]; var pipeline = new Pipeline(model); var trainer = new SftRunner(pipeline);",
            "class Pipeline { public Pipeline(nn.Module m) { } } class SftRunner { public SftRunner(Pipeline p) { } }");

    [Fact]
    public Task A_model_assigned_into_a_wrapper_property_is_carried_by_it()
        => InPlainCode("var model = [|new Gpt()|]; var pipeline = new Pipeline(); pipeline.Model = model; var trainer = new SftRunner(pipeline);",
            "class Pipeline { public nn.Module? Model { get; set; } } class SftRunner { public SftRunner(Pipeline p) { } }");

    [Fact]
    public Task A_model_in_a_wrapper_initializer_is_carried_by_it()
        => InPlainCode("var model = [|new Gpt()|]; var trainer = new SftRunner(new Pipeline { Model = model });",
            "class Pipeline { public nn.Module? Model { get; set; } } class SftRunner { public SftRunner(Pipeline p) { } }");

    [Fact]
    public Task A_model_handed_straight_to_a_wrapper_is_named_by_its_type_not_the_wrapper()
        => InPlainCode("var pipeline = new Pipeline({|DG0001:new Gpt()|}); var trainer = new SftRunner(pipeline);",
            "class Pipeline { public Pipeline(nn.Module m) { } } class SftRunner { public SftRunner(Pipeline p) { } }",
            "Dropout is still on for model 'Gpt' that reaches SftRunner(…)");

    [Fact]
    public Task A_library_call_handed_a_model_returns_that_model_not_a_new_one()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { static Task<Gpt> LoadPolicyAsync() => Task.FromResult([|new Gpt(64)|]); }"));

    [Fact]
    public Task Collections_and_arrays_of_models_carry_them()
        => InPlainCode("var a = [|new Gpt()|]; var b = [|new Gpt()|]; var list = new List<nn.Module> { a }; var array = new[] { b }; Jobs.RunSft(list); Jobs.RunSft(array);",
            "static class Jobs { public static void RunSft(IEnumerable<nn.Module> models) { } }");

    [Fact]
    public Task Models_added_to_a_collection_are_carried_by_it()
        => InPlainCode("var models = new List<nn.Module>(); var a = [|new Gpt()|]; models.Add(a); Jobs.RunSft(models);",
            "static class Jobs { public static void RunSft(IEnumerable<nn.Module> models) { } }");

    [Fact]
    public Task A_collection_that_never_reaches_a_sink_is_silent()
        => InPlainCode("var a = new Gpt(); var list = new List<nn.Module> { a }; list.Add(a); var array = new[] { a }; Console.WriteLine(list.Count + array.Length);");

    [Fact]
    public Task Deconstruction_assigns_each_model_to_its_variable()
        => InPlainCode("var (policy, reference) = ([|new Gpt()|], new Gpt()); reference.DisableDropout(); var t = new DpoTrainer(policy, reference);");

    [Fact]
    public Task A_wrapper_that_never_reaches_a_sink_is_silent()
        => InPlainCode("var model = new Gpt(); var pipeline = new Pipeline(model); pipeline.Generate();",
            "class Pipeline { public Pipeline(nn.Module m) { } public void Generate() { } }");

    [Fact]
    public Task GenAI_pipeline_built_in_another_method_reaches_the_SFT_trainer()
        => Verify.VerifyAsync(TestModels.With("""
            static class ModelLoading
            {
                public static Microsoft.ML.GenAI.Core.CausalLMPipeline<Microsoft.ML.Tokenizers.TiktokenTokenizer, Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM> Load(string folder)
                {
                    var tokenizer = Microsoft.ML.GenAI.LLaMA.LlamaTokenizerHelper.FromPretrained(folder);
                    var model = Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM.FromPretrained(folder, device: "cpu");
                    return new Microsoft.ML.GenAI.Core.CausalLMPipeline<Microsoft.ML.Tokenizers.TiktokenTokenizer, Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM>(tokenizer, model);
                }
            }
            class Program
            {
                static void Main()
                {
                    var pipeline = [|ModelLoading.Load("llama")|];
                    var trainer = new Microsoft.ML.GenAI.Core.CausalLMSupervisedFineTuningTrainer(pipeline);
                }
            }
            """));

    [Fact]
    public Task A_wrapper_factory_on_a_path_reports_the_model_inside_it()
        => Verify.VerifyAsync(TestModels.With("""
            class Pipeline { public Pipeline(nn.Module m) { } }
            static class Loading
            {
                public static Pipeline LoadSftPipeline() { var m = [|new Gpt()|]; return new Pipeline(m); }
            }
            class Program { static void Main() { var p = Loading.LoadSftPipeline(); } }
            """));

    [Fact]
    public Task A_user_module_built_from_another_model_carries_it()
        => InPlainCode("var backbone = [|new Gpt()|]; var head = [|new Head(backbone)|]; var t = new DpoTrainer(head, head);",
            "public sealed class Head : nn.Module<Tensor, Tensor> { public Head(nn.Module backbone) : base(\"h\") { } public override Tensor forward(Tensor x) => x; }");

    [Fact]
    public Task Disabling_the_outer_model_disables_the_submodules_it_was_built_from()
        => InPlainCode("var backbone = new Gpt(); var head = new Head(backbone); head.DisableDropout(); var t = new DpoTrainer(head, head);",
            "public sealed class Head : nn.Module<Tensor, Tensor> { public Head(nn.Module backbone) : base(\"h\") { } public override Tensor forward(Tensor x) => x; }");

    [Fact]
    public Task A_conditional_of_origins_is_one_origin()
        => InPlainCode("bool big = path.Length > 3; var policy = [|big ? new Gpt(64) : new Gpt(32)|]; var t = new DpoTrainer(policy, policy);");

    [Fact]
    public Task Coalesce_and_switch_expressions_of_origins_are_one_origin_each()
        => InPlainCode("""
            Gpt? cached = null;
            var a = cached ?? [|new Gpt(64)|];
            var b = [|path switch { "s" => new Gpt(16), "m" => new Gpt(32), _ => new Gpt(64) }|];
            var t = new DpoTrainer(a, b);
            """);

    [Fact]
    public Task Fields_and_properties_with_initializers_are_reported()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner
            {
                private readonly Gpt _policy = [|new Gpt(64)|];
                public Gpt Reference { get; } = [|new Gpt(64)|];
                private readonly Gpt _quiet = new Gpt(64, dropout: 0);
            }
            """));

    [Fact]
    public Task A_field_disabled_in_another_member_is_not_reported()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner
            {
                private readonly Gpt _policy = new Gpt(64);
                private Gpt _reference;
                public DpoRunner(string path) { _reference = Models.Load(path); }
                public void Prepare() { _policy.DisableDropout(); _reference.DisableDropout(); }
            }
            static class Models { public static Gpt Load(string p) => new Gpt(1); }
            """));

    [Fact]
    public Task A_field_that_reaches_a_trainer_in_another_member_is_reported()
        => Verify.VerifyAsync(TestModels.With("""
            class Runner
            {
                private readonly Gpt _policy;
                public Runner() { this._policy = [|new Gpt(64)|]; }
                public void Run() { var t = new DpoTrainer(_policy, _policy); }
            }
            """));

    [Fact]
    public Task Using_declarations_are_tracked()
        => InPlainCode("using var policy = [|new Gpt(64)|]; using var reference = new Gpt(64); reference.DisableDropout(); var t = new DpoTrainer(policy, reference);");

    [Fact]
    public Task Top_level_statements_are_analysed()
        => Verify.VerifyAsync(TestModels.Usings + """
            var policy = [|new Gpt(64)|];
            var reference = new Gpt(64);
            reference.DisableDropout();
            var trainer = new DpoTrainer(policy, reference);
            """ + TestModels.Definitions, new VerifierOptions { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Local_functions_and_lambdas_are_analysed()
        => InPlainCode("""
            Gpt Make() => new Gpt(64);
            Func<Gpt> make = () => new Gpt(32);
            var t = new DpoTrainer([|Make()|], [|make()|]);
            void TrainSft() { var m = [|new Gpt(8)|]; }
            """);

    [Fact]
    public Task Async_factories_in_source_are_summarised()
        => Verify.VerifyAsync(TestModels.With("""
            static class Models
            {
                public static async Task<Gpt> LoadAsync(string path) { await Task.Yield(); var m = new Gpt(64); m.load(path); return m; }
            }
            class DpoRunner
            {
                async Task Run() { var policy = [|await Models.LoadAsync("p")|]; }
            }
            """));

    [Fact]
    public Task Each_origin_is_reported_once_even_when_it_reaches_several_sinks()
        => InPlainCode("var m = [|new Gpt()|]; var a = new DpoTrainer(m, m); Sft.Train(m, \"x\");");

    [Fact]
    public Task Classification_fine_tuning_is_silent()
        => Verify.VerifyAsync(TestModels.With("""
            class NasBertTrainer
            {
                public void FineTune(string path)
                {
                    var model = new Gpt(64);
                    model.load(path);
                    model.train();
                    var optimizer = optim.AdamW(model.parameters());
                }
            }
            """));
}
