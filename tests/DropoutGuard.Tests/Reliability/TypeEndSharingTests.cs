using System.Collections.Immutable;
using DropoutGuard.Rules;
using DropoutGuard.Tests.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>A block that waits for its type's end is walked once, however many rules read it there.</summary>
public class TypeEndSharingTests
{
    // The constructor's block passes the gates of DG0001, DG0002 and DG0003 (a model made here, a trainer, eval and train).
    private const string Job = """
        class DpoJob
        {
            private readonly Gpt _policy;
            public DpoJob() { _policy = new Gpt(64); _policy.eval(); _policy.train(); new DpoTrainer(_policy, _policy).Train(); }
            public void Step() => new DpoTrainer(_policy, _policy).Train();
        }
        """;

    [Fact]
    public async Task Every_rule_reading_a_waiting_block_adds_no_walk()
    {
        var one = await BlocksWalkedAsync(new DisableDropoutOnTrainingModelAnalyzer());
        var three = await BlocksWalkedAsync(new DisableDropoutOnTrainingModelAnalyzer(), new TrainReenablesDropoutAnalyzer(), new UnreachableDropoutAnalyzer());
        Assert.True(one > 0);
        Assert.Equal(one, three);
    }

    private static async Task<long> BlocksWalkedAsync(params DiagnosticAnalyzer[] rules)
    {
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(TestModels.With(Job), "/src/Job.cs")], "TypeEnd");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var probe = new FlowServicesProbe();
        await compilation.WithAnalyzers(rules.ToImmutableArray<DiagnosticAnalyzer>().Add(probe), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAnalyzerDiagnosticsAsync();
        return (await probe.Services).Work.BlocksWalked;
    }
}
