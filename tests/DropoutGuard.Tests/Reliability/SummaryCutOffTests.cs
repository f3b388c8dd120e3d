using DropoutGuard.Flow;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// A summary computed while the depth limit cut a callee off used to be cached as the method's summary, so whether a
/// helper "disables dropout" depended on which caller asked first. Each test puts the cutting caller first.
/// </summary>
public class SummaryCutOffTests
{
    private static readonly (string, string) Models = ("/a/Models.cs", DeterminismCorpus.Models);
    private static readonly (string, string) Helpers = ("/a/Prep.cs", DeterminismCorpus.Helpers(MethodSummaries.MaxDepth));

    private static string Training(string disabling) => DeterminismCorpus.Usings + $$"""
        namespace Corpus.Runs
        {
            public sealed class DpoRun
            {
                public void TrainDpo() { var a = new Gpt(64); {{disabling}} var t = new DpoTrainer(a, a); }
            }
        }
        """;

    /// <summary>Blocks that reach the helpers from far away: analysed first because their file comes first.</summary>
    private const string FarCallers = DeterminismCorpus.Usings + """
        namespace Corpus
        {
            public static class Far
            {
                // Chain4_0 … Chain4_3 put ViaTwo at the limit, so its call of Zero is one level too deep.
                public static void AtLimit(nn.Module m) => Prep.Chain4_0(m);
                public static void PastLimit(nn.Module m) => Prep.Chain5_0(m);
                // Entering the cycles on the side whose partner disables only through the back edge.
                public static void ViaRecursion(nn.Module m) => Prep.Ping(m, 3);
                public static void ViaOddEven(nn.Module m) => Prep.Even(m, 3);
            }
        }
        """;

    [Theory]
    [InlineData("Prep.ViaOne(a);")]
    [InlineData("Prep.ViaTwo(a);")]
    [InlineData("Prep.Pong(a, 3);")]
    [InlineData("Prep.Ping(a, 3);")]
    [InlineData("Prep.Odd(a, 3);")]
    [InlineData("Prep.Self(a, 2);")]
    public async Task A_helper_first_met_at_the_depth_limit_still_disables_when_called_from_near(string disabling)
    {
        foreach (var order in new[] { new[] { ("/a/Far.cs", FarCallers), Helpers, Models, ("/b/Run.cs", Training(disabling)) },
                                      new[] { ("/b/Run.cs", Training(disabling)), Models, Helpers, ("/a/Far.cs", FarCallers) } })
        {
            var diagnostics = await SequentialAnalysis.DiagnosticsAsync(order);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == RuleIds.DisableDropoutOnTrainingModel);
        }
    }

    [Fact]
    public async Task A_helper_beyond_the_depth_limit_is_not_followed_whatever_was_analysed_before()
    {
        // Chain7_0 → … → ViaTwo → Zero is eight calls deep: past the limit from the training block in every order.
        var training = ("/b/Run.cs", Training("Prep.Chain7_0(a);"));
        foreach (var order in new[] { new[] { training, Helpers, Models }, new[] { Models, Helpers, training } })
        {
            var diagnostics = await SequentialAnalysis.DiagnosticsAsync(order);
            Assert.Single(diagnostics, diagnostic => diagnostic.Id == RuleIds.DisableDropoutOnTrainingModel);
        }
    }
}
