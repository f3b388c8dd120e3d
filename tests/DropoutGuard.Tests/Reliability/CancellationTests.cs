// Test-only: loaded by the tests themselves, never by a compiler, so the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS1012, RS2008

using System.Collections.Immutable;
using System.Diagnostics;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace DropoutGuard.Tests.Reliability;

/// <summary>An IDE cancels analysis on every keystroke: cancelled mid-way through a large corpus, it must stop promptly.</summary>
public class CancellationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(2);
    private const int BlocksBeforeCancel = 50;

    [Fact]
    public async Task Analysis_cancelled_mid_way_through_a_large_corpus_ends_promptly()
    {
        var compilation = ReliabilityCompilation.Create(DeterminismCorpus.Trees(runs: 1200, MethodSummaries.MaxDepth), "Cancellation");
        var probe = new FlowServicesProbe();
        using var cancellation = new CancellationTokenSource();
        // Mid-way: cancelled from inside the analysis once it has been handed some blocks, not by polling from outside
        // (a fast analysis finishes between two polls).
        var canceller = new CancelAfterBlocks(BlocksBeforeCancel, cancellation);
        var analyzers = ShippedComponents.Analyzers().Add(probe).Add(canceller);
        var analysis = compilation.WithAnalyzers(analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync(cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        var ended = canceller.SinceCancel;
        Assert.True(canceller.Cancelled, "the corpus was analysed before it could be cancelled: make it larger");
        var walkedAtEnd = (await probe.Services).Work.BlocksWalked;
        output.WriteLine($"cancelled after {BlocksBeforeCancel} blocks; {walkedAtEnd} walked in all; ended {ended.TotalMilliseconds:F0} ms later");
        Assert.True(ended < Prompt, $"analysis took {ended.TotalMilliseconds:F0} ms to end after cancellation");
    }

    /// <summary>Counts the operation blocks the host hands out and cancels the analysis at the given count.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CancelAfterBlocks(int blocks, CancellationTokenSource cancellation) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("DGCANCEL", "Cancel", "Cancel", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
        private readonly Stopwatch _sinceCancel = new();
        private int _seen;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

        public bool Cancelled => cancellation.IsCancellationRequested;

        public TimeSpan SinceCancel => _sinceCancel.Elapsed;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(_ =>
            {
                if (Interlocked.Increment(ref _seen) == blocks)
                {
                    _sinceCancel.Start();
                    cancellation.Cancel();
                }
            });
        }
    }
}
