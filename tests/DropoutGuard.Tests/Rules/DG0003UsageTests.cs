using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.UnreachableDropoutAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0003: a model type matters only when it is used on a DPO/SFT path, directly or as a submodule.</summary>
public class DG0003UsageTests
{
    /// <summary>A module whose attention dropout is functional, so DisableDropout cannot reach it.</summary>
    private const string Attention = """

        public sealed class Attention : nn.Module<Tensor, Tensor>
        {
            private readonly double _p = 0.1;
            public Attention() : base("attention") { }
            public override Tensor forward(Tensor x) => [|nn.functional.dropout(x, p: _p, training: this.training)|];
        }
        """;

    private static string Silent(string markup) => markup.Replace("[|", string.Empty).Replace("|]", string.Empty);

    [Fact]
    public Task The_message_names_the_type_and_the_training_location()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var policy = new Attention(); } }" + Attention), null,
            "DisableDropout() cannot reach functional.dropout in 'Attention', used for DPO/SFT in 'DpoRunner.Run': use a registered Dropout module instead");

    [Fact]
    public Task Top_level_statements_are_named_as_such()
        => Verify.VerifyAsync(TestModels.Usings + "var policy = new Attention(); var trainer = new DpoTrainer(policy, policy);" + TestModels.Definitions + Attention,
            new VerifierOptions { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            "DisableDropout() cannot reach functional.dropout in 'Attention', used for DPO/SFT in the top-level statements: use a registered Dropout module instead");

    [Fact]
    public Task A_model_reaching_a_DPO_trainer_makes_its_type_matter()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(Gpt reference) { var policy = new Attention(); var trainer = new DpoTrainer(policy, reference); } }" + Attention));

    [Fact]
    public Task A_model_reaching_SFT_makes_its_type_matter()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { var model = new Attention(); Sft.Train(model, \"data\"); } }" + Attention));

    [Fact]
    public Task A_model_disabled_with_DisableDropout_is_still_reported_because_the_helper_cannot_reach_it()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var policy = new Attention(); policy.DisableDropout(); } }" + Attention));

    [Fact]
    public Task A_field_initialised_in_DPO_code_makes_its_type_matter()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { private readonly Attention _policy = new Attention(); }" + Attention));

    [Fact]
    public Task A_submodule_type_reachable_through_fields_is_reported_transitively()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner { void Run() { var policy = new Policy(); } }

            public sealed class Policy : nn.Module<Tensor, Tensor>
            {
                private readonly Backbone _backbone = new Backbone();
                public Policy() : base("policy") { RegisterComponents(); }
                public override Tensor forward(Tensor x) => _backbone.forward(x);
            }

            public sealed class Backbone : nn.Module<Tensor, Tensor>
            {
                public Backbone() : base("backbone") { Blocks = nn.ModuleList(new Attention()); RegisterComponents(); }
                public ModuleList<Attention> Blocks { get; }
                public override Tensor forward(Tensor x) => x;
            }
            """ + Attention), null,
            "DisableDropout() cannot reach functional.dropout in 'Attention', used for DPO/SFT in 'DpoRunner.Run': use a registered Dropout module instead");

    [Fact]
    public Task A_submodule_registered_with_register_module_is_reported()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner { void Run() { var policy = new Policy(); } }

            public sealed class Policy : nn.Module<Tensor, Tensor>
            {
                public Policy() : base("policy") { register_module("attention", new Attention()); }
                public override Tensor forward(Tensor x) => x;
            }
            """ + Attention));

    [Fact]
    public Task Dropout_in_a_base_type_of_the_used_type_is_reported()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner { void Run() { var policy = new Derived(); } }

            public class AttentionBase : nn.Module<Tensor, Tensor>
            {
                protected AttentionBase() : base("attention") { }
                public override Tensor forward(Tensor x) => [|nn.functional.dropout(x, 0.1, training)|];
            }

            public sealed class Derived : AttentionBase { }
            """));

    [Fact]
    public Task A_use_in_another_file_makes_the_type_matter()
        => Verify.VerifyAsync(TestModels.With(Attention), new VerifierOptions
        {
            AdditionalDocuments = { ("/src/SftJob.cs", "class Job { void Run() { var model = new Attention(); } }") },
        });

    [Fact]
    public Task A_type_never_used_on_a_path_is_silent()
        => Verify.VerifyAsync(TestModels.With(Silent(Attention)));

    [Fact]
    public Task A_type_used_only_for_inference_is_silent()
        => Verify.VerifyAsync(TestModels.With("class ChatService { Tensor Reply(Tensor x) { var model = new Attention(); model.eval(); return model.forward(x); } }" + Silent(Attention)));

    [Fact]
    public Task A_type_used_for_classification_fine_tuning_is_silent()
        => Verify.VerifyAsync(TestModels.With("class Classifier { void FineTune() { var model = new Attention(); model.train(); } }" + Silent(Attention)));

    [Fact]
    public Task Only_the_types_used_on_a_path_are_reported()
        => Verify.VerifyAsync(TestModels.With("""
            class DpoRunner { void Run() { var policy = new Attention(); } }

            public sealed class UnusedAttention : nn.Module<Tensor, Tensor>
            {
                public UnusedAttention() : base("unused") { }
                public override Tensor forward(Tensor x) => nn.functional.dropout(x, 0.1, training);
            }
            """ + Attention));

    [Fact]
    public Task Training_path_false_keeps_the_type_off_a_path()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var policy = new Attention(); } }" + Silent(Attention)),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_path = false\n" });
}
