using DropoutGuard.Tests.Rules;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Reliability;

/// <summary>A called method is summarised only when its call can hand over, or hand back, a model.</summary>
public class SummaryNeedTests
{
    private const string Job = """
        class Job
        {
            void Run()
            {
                var policy = new Gpt(64);
                policy.DisableDropout();
                var data = Load();
                new DpoTrainer(policy, policy).Train();
            }
            RETURNS Load() => BODY;
        }
        sealed record Pair(Tensor Chosen, Tensor Rejected);
        sealed record Nested(Pair Inner, string Name);
        sealed class Holder { public Gpt? Model; }
        sealed record HolderOfHolder(Holder Inner);
        record OpenPair(Tensor Chosen, Tensor Rejected);
        """;

    [Theory]
    [InlineData("List<string>", "new List<string>()")]
    [InlineData("Dictionary<string, Tensor>", "new Dictionary<string, Tensor>()")]
    [InlineData("(string Prompt, string Chosen)", "(\"p\", \"c\")")]
    [InlineData("System.Text.StringBuilder", "new System.Text.StringBuilder()")]
    [InlineData("Task<List<int>>", "Task.FromResult(new List<int>())")]
    [InlineData("Pair", "new Pair(torch.zeros(1), torch.zeros(1))")]
    [InlineData("Nested", "new Nested(new Pair(torch.zeros(1), torch.zeros(1)), \"n\")")]
    public async Task A_call_returning_what_cannot_hold_a_model_is_not_summarised(string returns, string body)
        => Assert.Equal(await SummariesWithoutTheCallAsync(), await SummariesAsync(returns, body));

    [Theory]
    [InlineData("List<Gpt>", "new List<Gpt>()")]
    [InlineData("(Gpt Policy, string Name)", "(new Gpt(64), \"p\")")]
    [InlineData("Task<Gpt>", "Task.FromResult(new Gpt(64))")]
    [InlineData("IEnumerable<(string, Gpt)>", "new[] { (\"a\", new Gpt(64)) }")]
    [InlineData("Job", "new Job()")]
    [InlineData("Holder", "new Holder()")]
    [InlineData("HolderOfHolder", "new HolderOfHolder(new Holder())")]
    [InlineData("OpenPair", "new OpenPair(torch.zeros(1), torch.zeros(1))")]
    public async Task A_call_returning_what_may_hold_a_model_is_summarised(string returns, string body)
        => Assert.Equal(await SummariesWithoutTheCallAsync() + 1, await SummariesAsync(returns, body));

    /// <summary>The trainer's constructor and the disable helper are summarised in every variant.</summary>
    private static Task<long> SummariesWithoutTheCallAsync() => SummariesAsync("int", "0", "var data = 0;");

    private static async Task<long> SummariesAsync(string returns, string body, string call = "var data = Load();")
    {
        var source = TestModels.With(Job.Replace("RETURNS", returns, StringComparison.Ordinal).Replace("BODY", body, StringComparison.Ordinal).Replace("var data = Load();", call, StringComparison.Ordinal));
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(source, "/src/Job.cs")], "SummaryNeed");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var probe = new FlowServicesProbe();
        await FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync();
        return (await probe.Services).Work.SummariesComputed;
    }
}
