using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// The same compilation gives the same findings however the host orders the work: 20 concurrent runs, trees forward and
/// reversed, identical sorted diagnostics (id, location, message, properties) and byte-identical generated sources.
/// </summary>
public class OrderIndependenceTests(ITestOutputHelper output)
{
    private const int Runs = 20;

    [Fact]
    public async Task Findings_and_generated_sources_do_not_depend_on_analysis_order()
    {
        var trees = DeterminismCorpus.Trees(runs: 24, MethodSummaries.MaxDepth);
        var orders = new[] { trees, trees.Reverse().ToList() };
        IReadOnlyList<string>? expected = null;
        string? expectedGenerated = null;
        var differing = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            // A fresh compilation each time: the analysis caches live per compilation.
            var compilation = ReliabilityCompilation.Create(orders[run % 2]);
            var diagnostics = DiagnosticFingerprint.Sorted(await AnalyzerRun.DiagnosticsAsync(compilation));
            var generated = string.Join("\n---\n", AnalyzerRun.Generate(compilation).Sources.Select(source => source.HintName + "\n" + source.Text));
            if (expected is null)
            {
                expected = diagnostics;
                expectedGenerated = generated;
                output.WriteLine(string.Join(Environment.NewLine, diagnostics));
                continue;
            }
            if (!diagnostics.SequenceEqual(expected))
                differing.Add($"run {run} ({(run % 2 == 0 ? "forward" : "reversed")}):" + Environment.NewLine + Difference(expected, diagnostics));
            Assert.Equal(expectedGenerated, generated);
        }
        Assert.True(differing.Count == 0, $"{differing.Count} of {Runs - 1} runs differ from the first:" + Environment.NewLine + string.Join(Environment.NewLine, differing));
    }

    private static string Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
        => string.Join(Environment.NewLine, expected.Except(actual).Select(line => "  - " + line).Concat(actual.Except(expected).Select(line => "  + " + line)).Take(12));
}
