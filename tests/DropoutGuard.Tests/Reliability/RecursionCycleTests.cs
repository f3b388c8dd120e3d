using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// Methods of a type that call each other in a cycle are summarised together, once, whatever depth and order they are
/// first asked at: a cycle counts as one call level, and its members are walked at most <see cref="MethodSummaries.MaxRounds"/> times each.
/// </summary>
public class RecursionCycleTests
{
    private static readonly (string, string) Models = ("/a/Models.cs", DeterminismCorpus.Models);

    /// <summary>D1 → D2 → D3 → D4 puts the cycle at the depth limit: Ping's call of Zero would be one level too deep.</summary>
    private static string Helpers(string zeroBody) => DeterminismCorpus.Usings + $$"""
        namespace Corpus
        {
            public static class Deep
            {
                public static void D1(nn.Module m) => D2(m);
                public static void D2(nn.Module m) => D3(m);
                public static void D3(nn.Module m) => D4(m);
                public static void D4(nn.Module m) => Ping(m, 3);
                public static void Ping(nn.Module m, int n) { if (n > 0) Pong(m, n - 1); else Zero(m); }
                public static void Pong(nn.Module m, int n) => Ping(m, n);
                public static void Zero(nn.Module m) { {{zeroBody}} }
            }
        }
        """;

    private static (string, string) Training(string call) => ("/b/Run.cs", DeterminismCorpus.Usings + $$"""
        namespace Corpus.Runs
        {
            public sealed class DpoRun
            {
                public void TrainDpo() { var a = new Gpt(64); {{call}} var t = new DpoTrainer(a, a); }
            }
        }
        """);

    private static (string, string) NearCaller => ("/a/Near.cs", DeterminismCorpus.Usings + """
        namespace Corpus
        {
            public static class Near { public static void Prepare(nn.Module m) => Deep.Pong(m, 1); }
        }
        """);

    private const string Disabling = "foreach (var x in m.modules()) if (x is Dropout d) d.p = 0;";

    [Fact]
    public async Task A_cycle_reached_at_the_depth_limit_is_followed_as_a_whole_in_every_order()
    {
        foreach (var order in new[] { new[] { NearCaller, ("/a/Deep.cs", Helpers(Disabling)), Models, Training("Deep.D1(a);") },
                                      new[] { Training("Deep.D1(a);"), Models, ("/a/Deep.cs", Helpers(Disabling)), NearCaller } })
        {
            var diagnostics = await SequentialAnalysis.DiagnosticsAsync(order);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == RuleIds.DisableDropoutOnTrainingModel);
        }
    }

    [Fact]
    public async Task A_cycle_that_never_disables_leaves_the_model_reported()
    {
        var diagnostics = await SequentialAnalysis.DiagnosticsAsync(NearCaller, ("/a/Deep.cs", Helpers("m.eval();")), Models, Training("Deep.D1(a);"));
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == RuleIds.DisableDropoutOnTrainingModel);
    }

    [Fact]
    public async Task Each_member_of_a_cycle_is_summarised_at_most_MaxRounds_times_however_many_blocks_call_it()
    {
        const int Members = 12;
        var ring = new System.Text.StringBuilder(DeterminismCorpus.Usings).AppendLine("namespace Corpus { public static class Ring {");
        for (var i = 0; i < Members; i++)
            ring.AppendLine($"public static nn.Module Visit{i}(nn.Module m, int n) {{ if (n <= 0) {{ new DpoTrainer(m, m); return m; }} var next = n % 2 == 0 ? Visit{(i + 1) % Members}(m, n - 1) : Visit{(i + 5) % Members}(m, n - 1); return Visit0(next, n - 2); }}");
        ring.AppendLine("} public sealed class Jobs {");
        for (var i = 0; i < Members; i++)
            ring.AppendLine($"public void TrainDpo{i}() {{ var m = new Gpt({i}); Ring.Visit{i}(m, 10); }}");
        ring.AppendLine("} }");
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(DeterminismCorpus.Models, "/a/Models.cs"), ReliabilityCompilation.Parse(ring.ToString(), "/a/Ring.cs")], "Ring");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var probe = new FlowServicesProbe();

        await FlowServicesProbe.With(compilation, probe).GetAnalyzerDiagnosticsAsync();

        // Summarised by depth instead, the members would take one summary per (member, depth): 60.
        Assert.InRange((await probe.Services).Work.SummariesComputed, Members, MethodSummaries.MaxRounds * Members + 4);
    }

    [Fact]
    public void Cycles_are_found_from_the_names_in_the_bodies()
    {
        var source = DeterminismCorpus.Usings + """
            namespace Corpus
            {
                public static class Helpers
                {
                    public static void Ping(nn.Module m, int n) { if (n > 0) Pong(m, n - 1); }
                    public static void Pong(nn.Module m, int n) => Ping(m, n);
                    public static void Self(nn.Module m, int n) { if (n > 0) Self(m, n - 1); }
                    public static void Caller(nn.Module m) => Ping(m, 1);
                    public static void Named(nn.Module m) { }
                    public static void Other(nn.Module m) => Corpus.Elsewhere.Ping(m);
                }
                public static class Elsewhere { public static void Ping(nn.Module m) => Helpers.Other(m); }
            }
            """;
        var compilation = ReliabilityCompilation.Create([ReliabilityCompilation.Parse(DeterminismCorpus.Models, "/a/Models.cs"), ReliabilityCompilation.Parse(source, "/a/Helpers.cs")], "Cycles");
        var helpers = compilation.GetTypeByMetadataName("Corpus.Helpers")!;
        var units = new RecursionUnits();
        string[] UnitOf(string name) => units.Of((IMethodSymbol)helpers.GetMembers(name)[0]).Select(member => member.Name).ToArray();

        Assert.Equal(["Ping", "Pong"], UnitOf("Ping"));
        Assert.Equal(["Ping", "Pong"], UnitOf("Pong"));
        Assert.Equal(["Self"], UnitOf("Self"));
        Assert.Empty(UnitOf("Caller"));  // calls into a cycle, is not in one
        Assert.Empty(UnitOf("Named"));   // its declaration names it; its body does not
        // Other names Ping (another type's): the name alone makes it look like a call into Helpers' cycle, which only
        // makes that cycle larger when a member names it back; here none does.
        Assert.Empty(UnitOf("Other"));
    }
}
