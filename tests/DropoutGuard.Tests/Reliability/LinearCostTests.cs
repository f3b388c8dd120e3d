using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// The analysis' work (source walked by the flow walker, summaries computed: counted by the core, not timed) grows no
/// faster than the code on shapes that tempt it to: doubling the code may at most multiply the work by 2.5.
/// </summary>
public class LinearCostTests(ITestOutputHelper output)
{
    private const int Size = 100;
    private const double MaxGrowthPerDoubling = 2.5;

    public static TheoryData<string> Shapes => new(PathologicalShapes.All.Keys);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Work_grows_linearly_with_the_code(string shape)
    {
        var small = await MeasureAsync(PathologicalShapes.All[shape](Size));
        var large = await MeasureAsync(PathologicalShapes.All[shape](2 * Size));
        var codeGrowth = (double)large.Code / small.Code;
        var walkGrowth = (double)large.Walked / small.Walked;
        var summaryGrowth = (double)Math.Max(1, large.Summaries) / Math.Max(1, small.Summaries);
        output.WriteLine($"{shape}: code ×{codeGrowth:F2}, walked ×{walkGrowth:F2} ({small.Walked} → {large.Walked}), summaries ×{summaryGrowth:F2} ({small.Summaries} → {large.Summaries})");
        var allowed = MaxGrowthPerDoubling / 2 * codeGrowth;
        Assert.True(walkGrowth <= allowed, $"{shape}: the source walked grew ×{walkGrowth:F2} for code ×{codeGrowth:F2}");
        Assert.True(summaryGrowth <= allowed, $"{shape}: the summaries computed grew ×{summaryGrowth:F2} for code ×{codeGrowth:F2}");
    }

    private static async Task<(long Code, long Walked, long Summaries)> MeasureAsync(string source)
    {
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(source, "/shapes/Shape.cs")], "Shape" + source.Length);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var probe = new FlowServicesProbe();
        await FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync();
        var services = await probe.Services;
        return (source.Length, services.Work.SyntaxWalked, services.Work.SummariesComputed);
    }
}
