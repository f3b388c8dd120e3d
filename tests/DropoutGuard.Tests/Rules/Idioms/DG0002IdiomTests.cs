using VerifyDG0001 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;
using VerifyDG0002 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.TrainReenablesDropoutAnalyzer>;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>DG0002 only when eval() was the attempt to disable dropout for training; members disabled where assigned.</summary>
public class DG0002IdiomTests
{
    private static string InDpo(string body)
        => TestModels.With("class DpoRunner { void Run(string path) { " + body + " } static void Validate(nn.Module m) { } }");

    [Fact]
    public async Task Eval_then_restore_in_a_finally_is_a_validation_pass_and_DG0001_reports_the_model()
    {
        var source = InDpo("var policy = {|DG0001:new Gpt(64)|}; var trainer = new DpoTrainer(policy, policy); policy.eval(); try { Validate(policy); } finally { policy.train(); } trainer.Train();");
        await VerifyDG0001.VerifyAsync(source);
        await VerifyDG0002.VerifyAsync(source);
    }

    [Fact]
    public async Task Eval_validate_train_in_each_epoch_is_a_validation_pass()
    {
        var source = InDpo("var policy = {|DG0001:new Gpt(64)|}; var trainer = new DpoTrainer(policy, policy); for (var epoch = 0; epoch < 3; epoch++) { trainer.Train(); policy.eval(); Validate(policy); policy.train(); }");
        await VerifyDG0001.VerifyAsync(source);
        await VerifyDG0002.VerifyAsync(source);
    }

    [Fact]
    public Task Eval_as_the_disabling_attempt_before_the_loop_is_still_reported()
        => VerifyDG0002.VerifyAsync(InDpo("var policy = new Gpt(64); policy.eval(); var trainer = new DpoTrainer(policy, policy); for (var epoch = 0; epoch < 3; epoch++) { {|DG0002:policy.train()|}; trainer.Train(); }"));

    private const string Members = """
        class DpoSession
        {
            private readonly Gpt _policy;
            public DpoSession(string path) { _policy = new Gpt(64).DisableDropout(); }
            public void Step() { _policy.eval(); Console.WriteLine(_policy); _policy.train(); new DpoTrainer(_policy, _policy).Train(); }
        }
        """;

    [Fact]
    public Task A_member_disabled_where_it_was_assigned_gets_no_DG0002()
        => VerifyDG0002.VerifyAsync(TestModels.With(Members));

    [Fact]
    public Task A_member_assigned_with_dropout_on_still_gets_DG0002()
        => VerifyDG0002.VerifyAsync(TestModels.With(Members
            .Replace("new Gpt(64).DisableDropout()", "new Gpt(64)", StringComparison.Ordinal)
            .Replace("_policy.train();", "{|DG0002:_policy.train()|};", StringComparison.Ordinal)));
}
