using System.Diagnostics;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DropoutGuard.Tests.Reliability;

/// <summary>An IDE cancels analysis on every keystroke: cancelled mid-way through a large corpus, it must stop promptly.</summary>
public class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Analysis_cancelled_mid_way_through_a_large_corpus_ends_promptly()
    {
        var compilation = ReliabilityCompilation.Create(DeterminismCorpus.Trees(runs: 1200, MethodSummaries.MaxDepth), "Cancellation");
        var probe = new FlowServicesProbe();
        using var cancellation = new CancellationTokenSource();
        var analysis = FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync(cancellation.Token);

        // Mid-way: once the flow analysis has walked some blocks, not before it started or after it ended.
        var services = await probe.Services;
        var started = Stopwatch.StartNew();
        while (services.Work.BlocksWalked < 50 && !analysis.IsCompleted && started.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(1);
        Assert.False(analysis.IsCompleted, "the corpus was analysed before it could be cancelled: make it larger");

        var walkedAtCancel = services.Work.BlocksWalked;
        var stopwatch = Stopwatch.StartNew();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        output.WriteLine($"cancelled after {walkedAtCancel} blocks; ended {stopwatch.Elapsed.TotalMilliseconds:F0} ms later");
        Assert.True(stopwatch.Elapsed < Prompt, $"analysis took {stopwatch.Elapsed.TotalMilliseconds:F0} ms to end after cancellation");
    }
}
