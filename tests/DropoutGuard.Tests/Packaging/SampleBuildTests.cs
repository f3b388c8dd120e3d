namespace DropoutGuard.Tests.Packaging;

/// <summary>Keeps samples/DpoTraining honest: its build reports a rule exactly on the lines marked with that rule's ID.</summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class SampleBuildTests
{
    [Fact]
    public void Sample_build_reports_exactly_the_marked_findings()
    {
        var sample = RepositoryLayout.SampleDirectory;
        var expected = RuleMarkers.In(sample);
        Assert.NotEmpty(expected);

        var build = DotnetCli.RunMSBuild(sample, "build", RepositoryLayout.SampleProject, "--no-incremental");
        Assert.True(build.ExitCode == 0, build.Describe());

        var actual = build.Diagnostics(sample)
            .Where(diagnostic => RuleMarkers.IsRuleId(diagnostic.Id))
            .Select(diagnostic => RuleMarkers.Format(diagnostic.File, diagnostic.Line, diagnostic.Id))
            .Distinct()
            .OrderBy(finding => finding, StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.SequenceEqual(actual),
            "Marked but not reported: " + string.Join("; ", expected.Except(actual)) + Environment.NewLine
            + "Reported but not marked: " + string.Join("; ", actual.Except(expected)) + Environment.NewLine
            + build.Describe());
    }
}
