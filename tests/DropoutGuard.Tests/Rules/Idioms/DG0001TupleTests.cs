using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>DG0001 through tuples: literals in locals read back by name or ItemN, deconstruction, tuples from source methods.</summary>
public class DG0001TupleTests
{
    private static Task InRunner(string body, string extra = "")
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(string path) { " + body + " } }" + extra));

    [Fact]
    public Task Elements_read_by_name_are_the_models_stored_there()
        => InRunner("var pair = (Policy: [|new Gpt(64)|], Reference: new Gpt(64)); pair.Reference.DisableDropout(); new DpoTrainer(pair.Policy, pair.Reference).Train();");

    [Fact]
    public Task Elements_read_by_ItemN_are_the_models_stored_there()
        => InRunner("var pair = (new Gpt(64), [|new Gpt(64)|]); pair.Item1.DisableDropout(); new DpoTrainer(pair.Item1, pair.Item2).Train();");

    [Fact]
    public Task Disabling_each_element_is_silent()
        => InRunner("var pair = (Policy: new Gpt(64), Reference: new Gpt(64)); pair.Policy.DisableDropout(); pair.Item2.DisableDropout(); new DpoTrainer(pair.Policy, pair.Reference).Train();");

    [Fact]
    public Task Deconstructing_a_stored_tuple_keeps_the_elements_apart()
        => InRunner("var pair = ([|new Gpt(64)|], new Gpt(64)); var (policy, reference) = pair; reference.DisableDropout(); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task A_tuple_from_a_source_method_reaching_a_trainer_is_reported_at_the_call_once_per_model()
        => InRunner("var (policy, reference) = {|DG0001:{|DG0001:Loading.LoadPair(path)|}|}; new DpoTrainer(policy, reference).Train();",
            "static class Loading { public static (Gpt, Gpt) LoadPair(string path) => (new Gpt(64), new Gpt(64)); }");

    [Fact]
    public Task Each_element_of_a_tuple_from_a_source_method_is_a_model_of_its_own()
        => InRunner("var pair = {|DG0001:Loading.LoadPair(path)|}; pair.Item1.DisableDropout(); new DpoTrainer(pair.Item1, pair.Item2).Train();",
            "static class Loading { public static (Gpt Policy, Gpt Reference) LoadPair(string path) => (new Gpt(64), new Gpt(64)); }");

    [Fact]
    public Task Deconstructed_elements_of_an_awaited_tuple_are_disabled_one_by_one()
        => Verify.VerifyAsync(TestModels.With("class Runner { async Task Run(string path) { var (policy, reference) = {|DG0001:await Loading.LoadPairAsync(path)|}; reference.DisableDropout(); new DpoTrainer(policy, reference).Train(); } }"
            + "static class Loading { public static async Task<(Gpt, Gpt)> LoadPairAsync(string path) { await Task.Yield(); var policy = new Gpt(64); var reference = new Gpt(64); return (policy, reference); } }"));

    [Fact]
    public Task A_tuple_from_a_source_method_disabled_by_the_caller_is_silent()
        => InRunner("var (policy, reference) = Loading.LoadPair(path); policy.DisableDropout(); reference.DisableDropout(); new DpoTrainer(policy, reference).Train();",
            "static class Loading { public static (Gpt, Gpt) LoadPair(string path) => (new Gpt(64), new Gpt(64)); }");
}
