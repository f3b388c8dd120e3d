namespace DropoutGuard.Tests.Packaging;

/// <summary>Keeps the samples honest: each one's build reports a rule exactly on the lines marked with that rule's ID.</summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class SampleBuildTests
{
    /// <summary>DpoTraining builds on the real TorchSharp packages; GenAISft on the Microsoft.ML.GenAI stand-in.</summary>
    public static TheoryData<string> Samples() => new("DpoTraining", "GenAISft");

    [Fact]
    public void Every_sample_is_tested()
        => Assert.Equal(
            Samples().Cast<object[]>().Select(row => (string)row[0]).Order(StringComparer.Ordinal),
            Directory.GetDirectories(RepositoryLayout.SamplesDirectory).Select(directory => Path.GetFileName(directory)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_build_reports_exactly_the_marked_findings(string name)
    {
        var sample = Path.Combine(RepositoryLayout.SamplesDirectory, name);
        var expected = RuleMarkers.In(sample);
        Assert.NotEmpty(expected);

        var build = DotnetCli.RunMSBuild(sample, "build", Path.Combine(sample, name + ".csproj"), "--no-incremental");
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
