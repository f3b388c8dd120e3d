using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>DG0001 along control flow: branches, joins, early exits, loops, try/finally, using, switch.</summary>
public class DG0001ControlFlowTests
{
    private static Task InDpo(string body)
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run(string path, bool flag, int mode) { " + body + " } }"));

    [Fact]
    public Task A_disable_in_the_else_branch_does_not_cover_the_model_of_the_if_branch()
        => InDpo("Gpt policy; if (flag) { policy = [|new Gpt(1)|]; } else { policy = new Gpt(2); policy.DisableDropout(); } new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task After_the_join_a_disable_covers_what_either_branch_assigned()
        => InDpo("Gpt policy; if (flag) { policy = new Gpt(1); } else { policy = new Gpt(2); } policy.DisableDropout(); new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task A_model_replaced_before_the_disable_is_still_reported()
        => InDpo("var policy = [|new Gpt(1)|]; new DpoTrainer(policy, policy).Train(); policy = new Gpt(2); policy.DisableDropout();");

    [Fact]
    public Task An_early_return_leaves_nothing_for_the_code_after_it()
        => InDpo("var policy = new Gpt(1); if (flag) { policy.DisableDropout(); new DpoTrainer(policy, policy).Train(); return; } policy = [|new Gpt(2)|]; new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task A_throw_in_a_branch_does_not_join_its_assignment()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(bool flag) { var policy = new Gpt(1); policy.DisableDropout(); if (flag) { policy = new Gpt(2); throw new InvalidOperationException(); } new DpoTrainer(policy, policy).Train(); } }"));

    [Fact]
    public Task Without_the_throw_the_branch_assignment_joins()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(bool flag) { var policy = new Gpt(1); policy.DisableDropout(); if (flag) { policy = [|new Gpt(2)|]; } new DpoTrainer(policy, policy).Train(); } }"));

    [Fact]
    public Task Each_switch_section_starts_from_the_state_before_the_switch()
        => InDpo("Gpt policy; switch (mode) { case 0: policy = [|new Gpt(1)|]; break; default: policy = new Gpt(2); policy.DisableDropout(); break; } new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task A_loop_body_may_not_run_so_the_model_before_it_stays()
        => InDpo("var policy = [|new Gpt(1)|]; for (var i = 0; i < mode; i++) { policy = new Gpt(2); policy.DisableDropout(); } new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task A_finally_runs_after_the_try()
        => InDpo("var policy = new Gpt(1); try { Console.WriteLine(policy); } finally { policy.DisableDropout(); } new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task A_catch_may_replace_the_model()
        => InDpo("var policy = new Gpt(1); try { policy.load_py(path); policy.DisableDropout(); } catch (System.IO.IOException) { policy = [|new Gpt(2)|]; } new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task A_using_block_is_followed()
        => InDpo("using (var policy = new Gpt(1)) { policy.DisableDropout(); new DpoTrainer(policy, policy).Train(); } using (var other = [|new Gpt(2)|]) { new DpoTrainer(other, other).Train(); }");

    [Fact]
    public Task A_conditional_disable_still_counts()
        => InDpo("var policy = new Gpt(1); if (flag) policy.DisableDropout(); new DpoTrainer(policy, policy).Train();");
}
