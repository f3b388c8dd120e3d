using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>DG0001 with helpers that take several models (params, arrays, sequences) and with trainer constructors.</summary>
public class DG0001HelperTests
{
    private static Task InRunner(string body, string extra)
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(string path) { " + body + " } }" + extra));

    private const string ZeroEach = "foreach (var model in models) foreach (var module in model.modules()) { if (module is Dropout d) d.p = 0; }";

    [Fact]
    public Task A_params_helper_that_zeroes_each_model_disables_every_argument()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); Freezing.FreezeAll(policy, reference); new DpoTrainer(policy, reference).Train();",
            "static class Freezing { public static void FreezeAll(params nn.Module[] models) { " + ZeroEach + " } }");

    [Fact]
    public Task An_IEnumerable_helper_disables_every_model_of_the_sequence()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); Freezing.FreezeAll(new[] { policy, reference }); new DpoTrainer(policy, reference).Train();",
            "static class Freezing { public static void FreezeAll(IEnumerable<nn.Module> models) { " + ZeroEach + " } }");

    [Fact]
    public Task A_params_helper_calling_DisableDropout_per_model_disables_every_argument()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); Freezing.FreezeAll(policy, reference); new DpoTrainer(policy, reference).Train();",
            "static class Freezing { public static void FreezeAll(params nn.Module[] models) { foreach (var m in models) m.DisableDropout(); } }");

    [Fact]
    public Task A_params_helper_that_does_not_disable_leaves_the_findings()
        => InRunner("var policy = [|new Gpt(64)|]; var reference = [|new Gpt(64)|]; Freezing.Log(policy, reference); new DpoTrainer(policy, reference).Train();",
            "static class Freezing { public static void Log(params nn.Module[] models) { foreach (var m in models) Console.WriteLine(m); } }");

    [Fact]
    public Task A_trainer_constructor_that_disables_its_parameters_disables_what_callers_pass()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); new PreferenceRunner(policy, reference).Train();",
            "class PreferenceRunner { public PreferenceRunner(nn.Module policy, nn.Module reference) { policy.DisableDropout(); reference.DisableDropout(); new DpoTrainer(policy, reference); } public void Train() { } }");

    [Fact]
    public Task A_trainer_constructor_that_disables_one_parameter_leaves_the_other()
        => InRunner("var policy = [|new Gpt(64)|]; var reference = new Gpt(64); new PreferenceRunner(policy, reference).Train();",
            "class PreferenceRunner { public PreferenceRunner(nn.Module policy, nn.Module reference) { reference.DisableDropout(); new DpoTrainer(policy, reference); } public void Train() { } }");

    [Fact]
    public Task A_DPO_trainer_constructor_that_disables_its_parameters_is_credited()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); new DpoJob(policy, reference);",
            "class DpoJob { public DpoJob(nn.Module policy, nn.Module reference) { policy.DisableDropout(); reference.DisableDropout(); } }");
}
