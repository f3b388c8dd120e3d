using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>DG0001 through collections: containers built from models, reading models back, and loops that disable each.</summary>
public class DG0001CollectionTests
{
    private const string Jobs = "static class Jobs { public static void RunSft(IEnumerable<nn.Module> models) { } public static void RunSft(nn.Module model) { } }";

    private static Task InRunner(string body, string extra = Jobs)
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run(string path) { " + body + " } }" + extra));

    [Fact]
    public Task Named_tuple_Sequential_carries_its_model()
        => InRunner("var backbone = [|new Gpt(64)|]; var model = nn.Sequential((\"backbone\", backbone), (\"head\", nn.Linear(64, 2))); Jobs.RunSft(model);");

    [Fact]
    public Task Named_tuple_Sequential_of_a_disabled_model_is_silent()
        => InRunner("var backbone = new Gpt(64); backbone.DisableDropout(); var model = nn.Sequential((\"backbone\", backbone), (\"head\", nn.Linear(64, 2))); Jobs.RunSft(model);");

    [Fact]
    public Task Collection_expressions_carry_their_elements()
        => InRunner("var a = [|new Gpt(64)|]; var b = [|new Gpt(64)|]; List<nn.Module> models = [a, b]; Jobs.RunSft(models);");

    [Fact]
    public Task Spreads_carry_the_models_of_the_spread_collection()
        => InRunner("var a = [|new Gpt(64)|]; nn.Module[] first = [a]; List<nn.Module> all = [..first]; Jobs.RunSft(all);");

    [Fact]
    public Task A_collection_expression_that_reaches_nothing_is_silent()
        => InRunner("var a = new Gpt(64); List<nn.Module> models = [a]; Console.WriteLine(models.Count);");

    [Fact]
    public Task Models_read_back_by_index_reach_the_sink()
        => InRunner("var models = new List<nn.Module> { [|new Gpt(64)|] }; Jobs.RunSft(models[0]);");

    [Fact]
    public Task Models_read_back_by_key_reach_the_sink()
        => InRunner("var models = new Dictionary<string, nn.Module> { [\"reference\"] = [|new Gpt(64)|] }; Jobs.RunSft(models[\"reference\"]);");

    [Fact]
    public Task Models_read_back_with_First_reach_the_sink()
        => InRunner("var models = new List<Gpt> { [|new Gpt(64)|] }; Jobs.RunSft(models.First());");

    [Fact]
    public Task A_model_in_a_record_reaches_the_sink_with_the_record()
        => InRunner("var pair = new ModelPair([|new Gpt(64)|], new Gpt(64)); pair.Reference.DisableDropout(); Jobs.RunSft(pair.Policy);",
            Jobs + " record ModelPair(nn.Module Policy, nn.Module Reference);");

    [Fact]
    public Task A_model_in_a_class_member_reaches_the_sink_with_the_member()
        => InRunner("var pair = new ModelPair { Policy = [|new Gpt(64)|], Reference = new Gpt(64) }; pair.Reference.DisableDropout(); Jobs.RunSft(pair.Policy);",
            Jobs + " class ModelPair { public nn.Module? Policy { get; set; } public nn.Module? Reference { get; set; } }");

    [Fact]
    public Task Foreach_over_an_array_disables_each_model()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); foreach (var m in new[] { policy, reference }) m.DisableDropout(); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task Foreach_over_a_list_disables_each_model()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); var models = new List<nn.Module> { policy, reference }; foreach (var m in models) m.DisableDropout(); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task Foreach_over_a_collection_expression_disables_each_model()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); nn.Module[] models = [policy, reference]; foreach (var m in models) m.DisableDropout(); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task ForEach_with_a_lambda_disables_each_model()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); new List<nn.Module> { policy, reference }.ForEach(m => m.DisableDropout()); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task For_over_an_array_disables_each_model()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); var models = new nn.Module[] { policy, reference }; for (var i = 0; i < models.Length; i++) models[i].DisableDropout(); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task The_inline_p_zero_loop_inside_a_model_loop_disables_each_model()
        => InRunner("var policy = new Gpt(64); var reference = new Gpt(64); foreach (var m in new[] { policy, reference }) foreach (var module in m.modules()) { if (module is Dropout d) d.p = 0; } new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task A_loop_over_other_models_disables_none_of_these()
        => InRunner("var policy = [|new Gpt(64)|]; var reference = [|new Gpt(64)|]; foreach (var m in new[] { new Gpt(1) }) m.DisableDropout(); new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task A_loop_that_only_evaluates_disables_nothing()
        => InRunner("var policy = [|new Gpt(64)|]; foreach (var m in new[] { policy }) Console.WriteLine(m); new DpoTrainer(policy, policy).Train();");
}
