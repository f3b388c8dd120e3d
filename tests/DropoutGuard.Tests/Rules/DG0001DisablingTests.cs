using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0001 section C: every way dropout counts as disabled, and the near misses that do not.</summary>
public class DG0001DisablingTests
{
    private static Task InDpo(string body, string extra = "", VerifierOptions? options = null)
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run(string path) { " + body + " } }" + extra), options);

    [Fact]
    public Task Extension_helper_disables() => InDpo("var m = new Gpt(64); m.DisableDropout();");

    [Fact]
    public Task Static_helper_with_the_model_as_argument_disables()
        => InDpo("var m = new Gpt(64); Utils.disable_dropout(m);", "static class Utils { public static void disable_dropout(nn.Module m) { } }");

    [Fact]
    public Task Instance_helper_disables()
        => InDpo("var m = new Gpt(64); new Tools().DisableDropout(m);", "class Tools { public void DisableDropout(nn.Module m) { } }");

    [Fact]
    public Task Disable_before_load_counts_because_loading_never_changes_p()
        => InDpo("var m = new Gpt(64); m.DisableDropout(); m.load(path); m.load_py(path);");

    [Fact]
    public Task Configured_disable_methods_replace_the_defaults()
        => InDpo("var a = new Gpt(64); a.Freeze(); var b = [|new Gpt(64)|]; b.DisableDropout();",
            "static class Ext { public static void Freeze(this nn.Module m) { } }",
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.disable_methods = Freeze\n" });

    [Fact]
    public Task A_source_method_that_zeroes_p_on_its_parameter_disables()
        => InDpo("var m = new Gpt(64); Prep.Quiet(m);", """
            static class Prep
            {
                public static void Quiet(nn.Module model)
                {
                    foreach (var module in model.modules())
                        if (module is Dropout d) d.p = 0;
                }
            }
            """);

    [Theory]
    [InlineData("foreach (var (name, module) in model.named_modules()) { if (module is Dropout1d d) { d.p = 0.0; } }")]
    [InlineData("foreach (var module in model.children()) { if (module is AlphaDropout d) d.p = 0; }")]
    [InlineData("foreach (var d in model.modules().OfType<FeatureAlphaDropout>()) d.p = 0;")]
    [InlineData("model.apply(m => { if (m is Dropout3d d) d.p = 0; });")]
    public Task Every_enumeration_shape_counts(string body)
        => InDpo("var m = new Gpt(64); Prep.Quiet(m);", "static class Prep { public static void Quiet(nn.Module model) { " + body + " } }");

    [Fact]
    public Task Setting_a_non_zero_p_does_not_disable()
        => InDpo("var m = [|new Gpt(64)|]; Prep.Quiet(m);",
            "static class Prep { public static void Quiet(nn.Module model) { foreach (var x in model.modules()) if (x is Dropout d) d.p = 0.1; } }");

    [Fact]
    public Task Disabling_transitively_through_three_levels_counts()
        => InDpo("var m = new Gpt(64); Prep.One(m);", """
            static class Prep
            {
                public static void One(nn.Module a) => Two(a);
                static void Two(nn.Module b) { Three(b); }
                static void Three(nn.Module c) { foreach (var x in c.modules()) if (x is Dropout d) d.p = 0; }
            }
            """);

    [Fact]
    public Task A_generic_prepare_that_returns_its_parameter_yields_a_disabled_model()
        => InDpo("var m = Prep.Quiet(new Gpt(64)); var t = new DpoTrainer(m, m);", """
            static class Prep
            {
                public static T Quiet<T>(T model) where T : nn.Module
                {
                    model.apply(x => { if (x is Dropout d) d.p = 0; });
                    return model;
                }
            }
            """);

    [Fact]
    public Task A_recursive_helper_over_children_counts()
        => InDpo("var m = new Gpt(64); Prep.Quiet(m);", """
            static class Prep
            {
                public static void Quiet(nn.Module model)
                {
                    if (model is Dropout d) d.p = 0;
                    foreach (var child in model.children()) Quiet(child);
                }
            }
            """);

    [Fact]
    public Task An_inline_loop_in_the_training_method_disables()
        => InDpo("var m = new Gpt(64); foreach (var x in m.modules()) { if (x is Dropout d) d.p = 0; }");

    [Fact]
    public Task Inline_apply_disables()
        => InDpo("var m = new Gpt(64); m.apply(x => { if (x is Dropout d) d.p = 0; });");

    [Fact]
    public Task An_inline_loop_over_another_model_does_not_disable_this_one()
        => InDpo("var m = [|new Gpt(64)|]; var other = new Gpt(64); foreach (var x in other.modules()) { if (x is Dropout d) d.p = 0; }");

    [Fact]
    public Task A_constructor_that_disables_this_makes_every_instance_disabled()
        => InDpo("var m = new QuietGpt(); var t = new DpoTrainer(m, m);", """
            public sealed class QuietGpt : nn.Module<Tensor, Tensor>
            {
                public QuietGpt() : base("q") { RegisterComponents(); this.DisableDropout(); }
                public override Tensor forward(Tensor x) => x;
            }
            """);

    [Fact]
    public Task A_base_constructor_that_disables_this_counts_for_derived_types()
        => InDpo("var m = new DerivedGpt(); var t = new DpoTrainer(m, m);", """
            public class QuietBase : nn.Module<Tensor, Tensor>
            {
                public QuietBase() : base("q") { foreach (var x in modules()) if (x is Dropout d) d.p = 0; }
                public override Tensor forward(Tensor x) => x;
            }
            public sealed class DerivedGpt : QuietBase { public DerivedGpt() : base() { } }
            """);

    [Theory]
    [InlineData("new Gpt(64, dropout: 0.0)")]
    [InlineData("new Gpt(64, 0)")]
    [InlineData("new Tiny(resid_pdrop: 0, embd_pdrop: 0.0, attn_drop_prob: 0f)")]
    public Task Every_dropout_argument_zero_means_disabled(string creation)
        => InDpo("var m = " + creation + ";", "public sealed class Tiny : nn.Module<Tensor, Tensor> { public Tiny(double resid_pdrop = 0.1, double embd_pdrop = 0.1, float attn_drop_prob = 0.1f) : base(\"t\") { } public override Tensor forward(Tensor x) => x; }");

    [Fact]
    public Task One_non_zero_dropout_argument_is_a_finding()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var policy = [|new Tiny(resid_pdrop: 0, embd_pdrop: 0.25)|]; } }" +
                "public sealed class Tiny : nn.Module<Tensor, Tensor> { public Tiny(double resid_pdrop = 0.1, double embd_pdrop = 0.1) : base(\"t\") { } public override Tensor forward(Tensor x) => x; }"),
            null,
            "Dropout is still on for policy model 'policy' in DPO/SFT code: type 'DpoRunner'");

    [Fact]
    public Task A_non_constant_dropout_argument_is_not_trusted()
        => InDpo("double rate = 0; var m = [|new Gpt(64, rate)|];");

    [Theory]
    [InlineData("reference.eval();")]
    [InlineData("reference.train(false);")]
    public Task Eval_without_a_later_train_counts_as_the_frozen_reference_pattern(string call)
        => InDpo("var reference = new Gpt(64); reference.load(path); " + call);

    [Fact]
    public Task Eval_followed_by_a_non_constant_train_is_not_trusted()
        => InDpo("var policy = [|new Gpt(64)|]; policy.eval(); bool training = path.Length > 0; policy.train(training);");

    [Fact]
    public Task A_non_constant_train_before_the_eval_does_not_undo_it()
        => InDpo("var reference = new Gpt(64); bool training = path.Length > 0; reference.train(training); reference.eval();");

    [Fact]
    public Task Eval_followed_by_train_leaves_the_finding_to_DG0002()
        => InDpo("var policy = new Gpt(64); policy.eval(); policy.train();");

    [Fact]
    public Task Train_alone_does_not_disable()
        => InDpo("var policy = [|new Gpt(64)|]; policy.train();");

    [Fact]
    public Task Reassigning_a_variable_starts_a_new_origin()
        => InDpo("var m = new Gpt(64); m.DisableDropout(); m = [|new Gpt(32)|];");

    [Fact]
    public Task Disabling_after_reassignment_covers_only_the_new_origin()
        => InDpo("var m = [|new Gpt(64)|]; m = new Gpt(32); m.DisableDropout();");

    [Fact]
    public Task Phi_factories_that_call_eval_count_as_eval()
        => InDpo("var m = Microsoft.ML.GenAI.Phi.Phi3ForCausalLM.FromPretrained(path, device: \"cpu\");");

    [Fact]
    public Task Llama_factories_leave_dropout_on()
        => InDpo("var m = [|Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM.FromPretrained(path, device: \"cpu\")|];");

    [Fact]
    public Task Legacy_TorchSharp_is_analysed_the_same_way()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run(string path) { var policy = [|new Gpt(64)|]; var reference = new Gpt(64); reference.DisableDropout(); } }")
                .Replace("using TorchSharp.PyBridge;", "", StringComparison.Ordinal), // PyBridge needs TorchSharp 0.104+
            new VerifierOptions { TorchSharp = TorchSharpFlavor.Legacy });
}
