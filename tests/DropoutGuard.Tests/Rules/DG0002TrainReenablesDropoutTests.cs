using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.TrainReenablesDropoutAnalyzer>;
using VerifyWithDG0001 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0002: a train() after an eval()/train(false) that was the only thing keeping dropout off.</summary>
public class DG0002TrainReenablesDropoutTests
{
    // Markup names DG0002 explicitly, so the same source also runs under the DG0001 verifier (which then checks both IDs).
    private static string InDpo(string body, string extra = "")
        => TestModels.With("class DpoRunner { void Run(string path, bool flag) { " + body + " } static void Step() { } }" + extra);

    private static Task ReportsOnly(string source, params string[] messages)
        => Verify.VerifyAsync(source, null, messages);

    /// <summary>DG0002 as marked, and no DG0001 anywhere: one finding per problem.</summary>
    private static async Task ReportsWithoutDG0001(string source)
    {
        await Verify.VerifyAsync(source);
        await VerifyWithDG0001.VerifyAsync(source);
    }

    [Fact]
    public Task Eval_then_train_is_reported_on_the_train_call()
        => ReportsOnly(InDpo("var policy = new Gpt(64); policy.eval(); Step(); {|DG0002:policy.train()|};"),
            "'policy.train()' undoes the earlier eval() on policy model 'policy', so dropout is on again: use DisableDropout() instead");

    [Fact]
    public Task Train_false_then_train_true_is_reported()
        => ReportsOnly(InDpo("var reference = new Gpt(64); reference.train(false); {|DG0002:reference.train(true)|};"),
            "'reference.train(true)' undoes the earlier train(false) on reference model 'reference', so dropout is on again: use DisableDropout() instead");

    [Fact]
    public Task DG0001_stays_silent_for_the_model_DG0002_reports()
        => ReportsWithoutDG0001(InDpo("var policy = new Gpt(64); policy.load_py(path); policy.eval(); {|DG0002:policy.train()|};"));

    [Fact]
    public Task Train_inside_a_loop_after_an_eval_before_it_is_reported()
        => ReportsWithoutDG0001(InDpo("var policy = new Gpt(64); policy.eval(); for (var epoch = 0; epoch < 3; epoch++) { {|DG0002:policy.train()|}; Step(); }"));

    [Fact]
    public Task Eval_later_in_a_loop_reaches_the_train_of_the_next_iteration()
        => ReportsWithoutDG0001(InDpo("var policy = new Gpt(64); for (var step = 0; step < 3; step++) { {|DG0002:policy.train()|}; Step(); policy.eval(); Step(); }"));

    [Fact]
    public Task Each_train_after_the_eval_is_reported()
        => ReportsOnly(InDpo("var policy = new Gpt(64); policy.eval(); {|DG0002:policy.train()|}; Step(); {|DG0002:policy.train(true)|};"));

    [Fact]
    public Task Sequential_train_is_matched_by_position_not_by_parameter_name()
        => ReportsWithoutDG0001(InDpo("var head = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.1)); head.train(on: false); {|DG0002:head.train(on: true)|};"));

    [Fact]
    public Task Script_module_train_is_matched_by_position()
        => ReportsWithoutDG0001(InDpo("var policy = jit.load(path); policy.eval(); {|DG0002:policy.train(true)|};"));

    [Fact]
    public Task A_model_handed_to_a_trainer_is_on_a_path_without_a_training_name()
        => ReportsOnly(TestModels.With("""
            class Runner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.eval();
                    var trainer = new DpoTrainer(policy, reference);
                    {|DG0002:policy.train()|};
                    trainer.Train();
                }
            }
            """));

    [Fact]
    public Task A_field_evaluated_then_trained_in_a_DPO_method_is_reported()
        => ReportsWithoutDG0001(TestModels.With("""
            class DpoRunner
            {
                private readonly Gpt _policy = new Gpt(64);

                void Run()
                {
                    _policy.eval();
                    Step();
                    {|DG0002:_policy.train()|};
                }

                static void Step() { }
            }
            """));

    [Fact]
    public Task A_parameter_evaluated_then_trained_in_a_DPO_method_is_reported()
        => ReportsOnly(TestModels.With("class Runner { void TrainDpo(Gpt policy) { policy.eval(); {|DG0002:policy.train()|}; } }"),
            "'policy.train()' undoes the earlier eval() on policy model 'policy', so dropout is on again: use DisableDropout() instead");

    [Fact]
    public Task Eval_then_train_ahead_of_a_model_made_and_trained_later_in_the_method_is_reported()
        => ReportsOnly(TestModels.With("class Runner { void TrainDpo(Gpt policy) { policy.eval(); {|DG0002:policy.train()|}; var reference = new Gpt(64); reference.DisableDropout(); new DpoTrainer(policy, reference).Train(); } }"),
            "'policy.train()' undoes the earlier eval() on policy model 'policy', so dropout is on again: use DisableDropout() instead");

    [Fact]
    public Task Eval_without_a_later_train_is_silent_for_both_rules()
        => ReportsWithoutDG0001(InDpo("var reference = new Gpt(64); reference.load_py(path); reference.eval();"));

    [Fact]
    public Task Train_before_the_only_eval_is_silent()
        => ReportsWithoutDG0001(InDpo("var reference = new Gpt(64); reference.train(); Step(); reference.eval();"));

    [Fact]
    public Task A_model_also_disabled_with_DisableDropout_is_silent()
        => ReportsWithoutDG0001(InDpo("var policy = new Gpt(64); policy.DisableDropout(); policy.eval(); policy.train();"));

    [Fact]
    public Task Train_with_a_non_constant_argument_is_not_reported()
        => ReportsOnly(InDpo("var policy = new Gpt(64); policy.eval(); policy.train(flag);"));

    [Fact]
    public Task Classification_fine_tuning_is_not_a_path()
        => ReportsOnly(TestModels.With("class Classifier { void FineTune() { var model = new Gpt(64); model.eval(); model.train(); } }"));

    [Fact]
    public Task A_field_outside_DPO_code_is_silent()
        => ReportsOnly(TestModels.With("class Evaluator { private readonly Gpt _model = new Gpt(64); void Score() { _model.eval(); _model.train(); } }"));
}
