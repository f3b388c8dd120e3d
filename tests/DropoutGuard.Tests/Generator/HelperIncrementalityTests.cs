using DropoutGuard.Helper;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DropoutGuard.Tests.Generator;

/// <summary>Edits that leave TorchSharp, the language version and the switch alone must not re-emit the helper.</summary>
public sealed class HelperIncrementalityTests
{
    private static readonly IncrementalStepRunReason[] s_reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private const string Source = "internal static class First { public static int Value() { return 1; } }";

    [Theory]
    [InlineData(UnrelatedEdit.AddsAFile)]
    [InlineData(UnrelatedEdit.ChangesAMethodBody)]
    public void An_unrelated_edit_reuses_the_helper(UnrelatedEdit edit)
    {
        var compilation = HelperCompilations.Strict(Source, LanguageVersion.Latest, TorchSharpFlavor.Current);
        var driver = HelperCompilations.TrackingDriver(compilation).RunGenerators(compilation);

        var result = driver.RunGenerators(Apply(edit, compilation)).GetRunResult().Results.Single();

        // The compilation changed, so the first step re-ran, but it read an equal shape.
        AssertReasons(result.TrackedSteps[HelperTrackingNames.CompilationShape], IncrementalStepRunReason.Unchanged);
        AssertReasons(result.TrackedSteps[HelperTrackingNames.Shape], s_reused);
        AssertReasons(result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput], s_reused);
        Assert.Equal([HelperSnapshots.HintName], result.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void Without_TorchSharp_an_edit_keeps_emitting_nothing()
    {
        var compilation = HelperCompilations.Strict(Source, LanguageVersion.Latest, TorchSharpFlavor.None);
        var driver = HelperCompilations.TrackingDriver(compilation).RunGenerators(compilation);

        var result = driver.RunGenerators(Apply(UnrelatedEdit.ChangesAMethodBody, compilation)).GetRunResult().Results.Single();

        AssertReasons(result.TrackedSteps[HelperTrackingNames.CompilationShape], IncrementalStepRunReason.Unchanged);
        AssertReasons(result.TrackedSteps[HelperTrackingNames.Shape], s_reused);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Another_TorchSharp_version_re_emits_the_helper()
    {
        var compilation = HelperCompilations.Strict("internal static class First { }", LanguageVersion.Latest, TorchSharpFlavor.Current);
        var driver = HelperCompilations.TrackingDriver(compilation).RunGenerators(compilation);

        var legacy = compilation.ReplaceReference(RealTorchSharp.TorchSharp, StandIns.LegacyTorchSharp);
        var result = driver.RunGenerators(legacy).GetRunResult().Results.Single();

        AssertReasons(result.TrackedSteps[HelperTrackingNames.Shape], IncrementalStepRunReason.Modified);
        Assert.Contains("SetPToZeroByReflection", Assert.Single(result.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_the_helper_off_removes_it()
    {
        var compilation = HelperCompilations.Strict("internal static class First { }", LanguageVersion.Latest, TorchSharpFlavor.Current);
        var driver = HelperCompilations.TrackingDriver(compilation).RunGenerators(compilation);
        var switchedOff = TestAnalyzerConfig.From(new VerifierOptions { GlobalOptions = { ["build_property.DropoutGuardGenerateHelper"] = "false" } });

        var result = driver.WithUpdatedAnalyzerConfigOptions(switchedOff.OptionsProvider).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.GeneratedSources);
    }

    public enum UnrelatedEdit
    {
        AddsAFile,
        ChangesAMethodBody,
    }

    private static CSharpCompilation Apply(UnrelatedEdit edit, CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees[0];
        return edit == UnrelatedEdit.AddsAFile
            ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Second { }", (CSharpParseOptions)tree.Options))
            : compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Source.Replace("return 1;", "var edited = 2; return edited;", StringComparison.Ordinal))));
    }

    private static void AssertReasons(IEnumerable<IncrementalGeneratorRunStep> steps, params IncrementalStepRunReason[] allowed)
    {
        var reasons = steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Contains(reason, allowed));
    }
}
