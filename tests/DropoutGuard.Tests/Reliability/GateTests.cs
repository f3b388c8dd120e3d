using DropoutGuard.Tests.Rules;
using Microsoft.CodeAnalysis;

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

    /// <summary>Blocks walked (the block itself and the summaries it asks for) beyond those of the shared definitions.</summary>
    private static async Task<long> BlocksWalkedAsync(string member)
    {
        var source = TestModels.With("class Job { " + member + " static Gpt Make() => new Gpt(); }");
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(source, "/src/Job.cs")], "Gate");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var probe = new FlowServicesProbe();
        await FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync();
        var walked = (await probe.Services).Work.BlocksWalked;
        return walked - await BaselineAsync();
    }

    /// <summary>The shared definitions' own blocks (trainer, model) and the factory, walked in every variant.</summary>
    private static async Task<long> BaselineAsync()
    {
        var source = TestModels.With("class Job { static Gpt Make() => new Gpt(); }");
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(source, "/src/Job.cs")], "Gate");
        var probe = new FlowServicesProbe();
        await FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync();
        return (await probe.Services).Work.BlocksWalked;
    }
}
