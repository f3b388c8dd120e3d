using DropoutGuard.Tests.Infrastructure;
using DG0001 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;
using DG0002 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.TrainReenablesDropoutAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>
/// The flow analysis of a block runs at the end of its type (once the driver has analysed every member): findings of
/// nested types, partial types and top-level statements arrive once each, and members declared after the block count.
/// </summary>
public class TypeEndTests
{
    [Fact]
    public Task A_member_declared_after_the_constructor_that_disables_the_field_clears_it()
        => DG0001.VerifyAsync(TestModels.With("""
            class DpoJob
            {
                private readonly Gpt _policy;
                public DpoJob() { _policy = new Gpt(64); }
                public void Train() { Quiet(); new DpoTrainer(_policy, _policy).Train(); }
                private void Quiet() => _policy.DisableDropout();
            }
            """));

    [Fact]
    public Task A_member_declared_after_the_constructor_that_trains_the_field_puts_it_on_a_path()
        => DG0001.VerifyAsync(TestModels.With("""
            class Job
            {
                private readonly Gpt _policy;
                public Job() { _policy = [|new Gpt(64)|]; }
                public void Run() => new DpoTrainer(_policy, _policy).Train();
            }
            """));

    [Fact]
    public Task A_nested_type_is_analysed_at_its_own_end_and_reported_once()
        => DG0001.VerifyAsync(TestModels.With("""
            class Outer
            {
                public void Prepare() { }
                class DpoStage { void Run() { var m = [|new Gpt(64)|]; new DpoTrainer(m, m).Train(); } }
            }
            """));

    [Fact]
    public Task A_nested_type_whose_model_is_disabled_by_a_later_member_is_not_reported()
        => DG0001.VerifyAsync(TestModels.With("""
            class Outer
            {
                class DpoStage
                {
                    private readonly Gpt _policy = new Gpt(64);
                    public void Run() => new DpoTrainer(_policy, _policy).Train();
                    public void Prepare() => _policy.DisableDropout();
                }
            }
            """));

    [Fact]
    public Task A_partial_type_stores_in_one_file_and_trains_in_another()
        => DG0001.VerifyAsync(TestModels.With("partial class Job { private readonly Gpt _policy = [|new Gpt(64)|]; }"),
            new VerifierOptions { AdditionalDocuments = [("/src/Job.Train.cs", "partial class Job { public void Run() => new DpoTrainer(_policy, _policy).Train(); }")] });

    [Fact]
    public Task A_partial_type_disables_in_another_file()
        => DG0001.VerifyAsync(TestModels.With("partial class Job { private readonly Gpt _policy = new Gpt(64); public void Run() => new DpoTrainer(_policy, _policy).Train(); }"),
            new VerifierOptions { AdditionalDocuments = [("/src/Job.Quiet.cs", "partial class Job { public void Quiet() => _policy.DisableDropout(); }")] });

    [Fact]
    public Task Train_after_eval_on_a_field_a_later_member_fills_with_dropout_on_is_reported()
        => DG0002.VerifyAsync(TestModels.With("""
            class SftJob
            {
                private Gpt _policy = null!;
                public void Step() { _policy.eval(); Log(); {|DG0002:_policy.train()|}; Sft.Train(_policy, "data"); }
                private void Log() { }
                public void Load() { _policy = new Gpt(64); }
            }
            """));

    [Fact]
    public Task Train_after_eval_on_a_field_a_later_member_fills_with_dropout_off_is_not_reported()
        => DG0002.VerifyAsync(TestModels.With("""
            class SftJob
            {
                private Gpt _policy = null!;
                public void Step() { _policy.eval(); Log(); _policy.train(); Sft.Train(_policy, "data"); }
                private void Log() { }
                public void Load() { _policy = new Gpt(64).DisableDropout(); }
            }
            """));
}
