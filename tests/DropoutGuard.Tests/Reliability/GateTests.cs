using DropoutGuard.Flow;
using DropoutGuard.Tests.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Tests.Reliability;

/// <summary>The gate before the flow analysis: a block is walked only when a model can be made in it.</summary>
public class GateTests
{
    [Theory]
    [InlineData("model.to(DeviceType.CPU); model.eval();")]
    [InlineData("model.load_py(\"weights.bin\"); model.train();")]
    public async Task A_block_that_only_moves_or_switches_a_model_it_was_given_is_not_walked(string statements)
        => Assert.Equal(0, await BlocksWalkedAsync("void Prepare(Gpt model) { " + statements + " new DpoTrainer(model, model).Train(); }"));

    [Theory]
    [InlineData("var model = new Gpt(64).to(DeviceType.CPU);")]
    [InlineData("var model = Make().to(DeviceType.CPU);")]
    [InlineData("var model = new Gpt(64); model.load_py(\"weights.bin\");")]
    public async Task A_block_that_makes_a_model_is_walked(string statements)
        => Assert.True(await BlocksWalkedAsync("void Prepare() { " + statements + " new DpoTrainer(model, model).Train(); }") >= 1);

    [Fact]
    public async Task The_facts_stop_once_a_model_made_here_can_reach_training()
    {
        var facts = await FactsOfRunAsync("void Run() { var policy = new Gpt(); policy.eval(); policy.train(); new DpoTrainer(policy, policy).Train(); }");
        Assert.True(facts.StoppedEarly);
    }

    [Theory]
    [InlineData("void Run(Gpt policy) { policy.eval(); policy.train(); new DpoTrainer(policy, policy).Train(); }")]
    [InlineData("void Run() { var policy = new Gpt(); policy.eval(); policy.train(); }")]
    public async Task Without_both_a_model_made_and_a_way_to_training_every_mode_call_is_counted(string member)
    {
        var facts = await FactsOfRunAsync(member);
        Assert.False(facts.StoppedEarly);
        Assert.Equal((1, 1), (facts.EvalCalls, facts.TrainCalls));
    }

    /// <summary>The gate's facts of <c>Job.Run</c>, collected by the analysis' own services.</summary>
    private static async Task<BlockFacts> FactsOfRunAsync(string member)
    {
        var services = await AnalysedAsync("class Job { " + member + " }");
        var tree = services.Compilation.SyntaxTrees.Single();
        var run = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Run");
        var model = services.Compilation.GetSemanticModel(tree);
        return services.Facts(model.GetDeclaredSymbol(run)!, [model.GetOperation(run.Body!)!]);
    }

    /// <summary>Blocks walked (the block itself and the summaries it asks for) beyond those of the shared definitions.</summary>
    private static async Task<long> BlocksWalkedAsync(string member)
        => (await AnalysedAsync("class Job { " + member + " static Gpt Make() => new Gpt(); }")).Work.BlocksWalked
            - (await AnalysedAsync("class Job { static Gpt Make() => new Gpt(); }")).Work.BlocksWalked;

    /// <summary>The flow services of the analysis of the shared definitions and <paramref name="job"/>, which must compile.</summary>
    private static async Task<FlowServices> AnalysedAsync(string job)
    {
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(TestModels.With(job), "/src/Job.cs")], "Gate");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var probe = new FlowServicesProbe();
        await FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync();
        return await probe.Services;
    }
}
