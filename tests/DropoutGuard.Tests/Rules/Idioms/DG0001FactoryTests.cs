using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;
using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>One finding per model made through a delegate or a virtual, abstract or interface factory.</summary>
public class DG0001FactoryTests
{
    [Fact]
    public Task A_model_made_through_a_delegate_is_one_model_reported_at_the_call()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { Func<Gpt> make = () => new Gpt(64); var policy = [|make()|]; new DpoTrainer(policy, policy).Train(); } }"));

    [Fact]
    public Task Each_call_of_a_lambda_factory_is_a_model_of_its_own()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { Func<Gpt> make = () => new Gpt(64); var policy = make(); policy.DisableDropout(); var reference = [|make()|]; new DpoTrainer(policy, reference).Train(); } }"));

    [Fact]
    public Task A_lambda_that_disables_what_it_makes_makes_disabled_models()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { Func<Gpt> make = () => { var m = new Gpt(64); m.DisableDropout(); return m; }; var policy = make(); new DpoTrainer(policy, policy).Train(); } }"));

    [Fact]
    public Task A_lambda_that_hands_on_an_existing_model_makes_none()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { var policy = [|new Gpt(64)|]; Func<Gpt> get = () => policy; new DpoTrainer(get(), get()).Train(); } }"));

    [Fact]
    public Task A_delegate_model_disabled_after_the_call_is_silent()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { Func<Gpt> make = () => new Gpt(64); var policy = make(); policy.DisableDropout(); new DpoTrainer(policy, policy).Train(); } }"));

    [Fact]
    public Task A_delegate_of_unknown_origin_is_a_factory()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(Func<Gpt> make) { var policy = [|make()|]; new DpoTrainer(policy, policy).Train(); } }"));

    private const string TrainerBase = """
        abstract class PreferenceTrainerBase
        {
            protected abstract Gpt BuildPolicy();
            public void Run() { var policy = BuildPolicy(); var reference = new Gpt(64); reference.DisableDropout(); new DpoTrainer(policy, reference).Train(); }
        }
        """;

    [Fact]
    public Task An_override_that_returns_a_model_with_dropout_is_reported_once_at_the_call()
        => Verify.VerifyAsync(TestModels.With(TrainerBase.Replace("var policy = BuildPolicy();", "var policy = [|BuildPolicy()|];", StringComparison.Ordinal)
            + "sealed class MyTrainer : PreferenceTrainerBase { protected override Gpt BuildPolicy() => new Gpt(64); }"));

    [Fact]
    public Task An_override_that_disables_dropout_leaves_the_base_call_silent()
        => Verify.VerifyAsync(TestModels.With(TrainerBase
            + "sealed class MyTrainer : PreferenceTrainerBase { protected override Gpt BuildPolicy() { var m = new Gpt(64); m.DisableDropout(); return m; } }"));

    [Fact]
    public Task An_override_on_a_training_path_reports_its_own_model_and_not_the_base_call()
        => Verify.VerifyAsync(TestModels.With(TrainerBase
            + "sealed class MyDpoSetup : PreferenceTrainerBase { protected override Gpt BuildPolicy() => [|new Gpt(64)|]; }"));

    [Fact]
    public Task An_interface_factory_implemented_in_source_is_judged_by_its_implementation()
        => Verify.VerifyAsync(TestModels.With("""
            interface IModelSource { Gpt Load(); }
            sealed class DisabledSource : IModelSource { public Gpt Load() { var m = new Gpt(64); m.DisableDropout(); return m; } }
            class Runner { void Run(IModelSource source) { var policy = source.Load(); new DpoTrainer(policy, policy).Train(); } }
            """));

    [Fact]
    public Task An_explicit_interface_implementation_that_returns_a_model_with_dropout_is_reported_at_the_call()
        => Verify.VerifyAsync(TestModels.With("""
            interface IModelSource { Gpt Load(); }
            sealed class FreshSource : IModelSource { Gpt IModelSource.Load() => new Gpt(64); }
            class Runner { void Run(IModelSource source) { var policy = [|source.Load()|]; new DpoTrainer(policy, policy).Train(); } }
            """));

    [Fact]
    public Task An_explicit_interface_implementation_that_disables_dropout_leaves_the_call_silent()
        => Verify.VerifyAsync(TestModels.With("""
            interface IModelSource { Gpt Load(); }
            sealed class DisabledSource : IModelSource { Gpt IModelSource.Load() { var m = new Gpt(64); m.DisableDropout(); return m; } }
            class Runner { void Run(IModelSource source) { var policy = source.Load(); new DpoTrainer(policy, policy).Train(); } }
            """));

    [Fact]
    public Task A_generic_interface_implemented_in_another_file_is_judged_by_its_implementation()
        => Verify.VerifyAsync(
            TestModels.With("""
                interface IModelSource<T> where T : torch.nn.Module { T Load(); }
                class Runner { void Run(IModelSource<Gpt> source) { var policy = [|source.Load()|]; new DpoTrainer(policy, policy).Train(); } }
                """),
            new VerifierOptions { AdditionalDocuments = { ("/src/Sources.cs", "sealed class GptSource : IModelSource<Gpt> { public Gpt Load() => new Gpt(64); }") } });

    [Fact]
    public Task An_override_two_levels_down_is_judged_by_its_body()
        => Verify.VerifyAsync(TestModels.With(TrainerBase.Replace("var policy = BuildPolicy();", "var policy = [|BuildPolicy()|];", StringComparison.Ordinal)
            + "class Middle : PreferenceTrainerBase { protected override Gpt BuildPolicy() { var m = new Gpt(64); m.DisableDropout(); return m; } }"
            + "sealed class Leaf : Middle { protected override Gpt BuildPolicy() => new Gpt(64); }"));
}
