namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// The package as a user gets it: installed from the packed .nupkg into a new project, built with the dotnet CLI, and
/// fixed with `dotnet format`, which loads the code fixes from the roslyn4.14 folder.
/// </summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class RealHostTests
{
    private const string DG0001 = "DG0001";

    private readonly PackagingWorkspace _workspace;

    public RealHostTests(PackagingWorkspace workspace) => _workspace = workspace;

    [Fact]
    public void Build_reports_DG0001_and_dotnet_format_fixes_every_finding()
    {
        var consumer = ConsumerProject.Create(_workspace, "DpoConsumer", new Dictionary<string, string>
        {
            ["Models/Gpt.cs"] = ConsumerSources.Model,
            ["DpoRunner.cs"] = ConsumerSources.DpoRunner,
            ["SftJob.cs"] = ConsumerSources.SftJob,
        });

        var before = consumer.Build();
        Assert.True(before.ExitCode == 0, before.Describe());
        Assert.True(
            Locations(before, consumer).SequenceEqual(new[] { "DpoRunner.cs(10,26): warning DG0001", "DpoRunner.cs(13,29): warning DG0001", "SftJob.cs(11,25): warning DG0001" }),
            "Expected DG0001 at DpoRunner.cs(10,26), DpoRunner.cs(13,29) and SftJob.cs(11,25) and nothing else." + Environment.NewLine + before.Describe());

        var format = consumer.FixWithDotnetFormat(DG0001);
        Assert.True(format.ExitCode == 0, format.Describe());
        AssertSource(consumer, "DpoRunner.cs", ConsumerSources.FixedDpoRunner, format);
        AssertSource(consumer, "SftJob.cs", ConsumerSources.FixedSftJob, format);
        AssertSource(consumer, "Models/Gpt.cs", ConsumerSources.Model, format);

        var after = consumer.Build();
        Assert.True(after.ExitCode == 0, after.Describe());
        Assert.True(!Locations(after, consumer).Any(), "The fixed project still has diagnostics." + Environment.NewLine + after.Describe());
    }

    [Fact]
    public void Helper_is_generated_unless_DropoutGuardGenerateHelper_is_false()
    {
        var consumer = ConsumerProject.Create(_workspace, "HelperSwitchConsumer", new Dictionary<string, string>
        {
            ["Models/Gpt.cs"] = ConsumerSources.Model,
            ["Evaluation.cs"] = ConsumerSources.HelperCaller,
        });

        var withHelper = consumer.Build();
        Assert.True(withHelper.ExitCode == 0 && !Locations(withHelper, consumer).Any(), withHelper.Describe());

        var withoutHelper = consumer.Build("-p:DropoutGuardGenerateHelper=false");
        Assert.True(withoutHelper.ExitCode != 0, withoutHelper.Describe());
        Assert.True(
            Locations(withoutHelper, consumer).SequenceEqual(new[] { "Evaluation.cs(2,7): error CS0246" }),
            "Expected only CS0246 for the missing namespace in 'using DropoutGuard;'." + Environment.NewLine + withoutHelper.Describe());
    }

    private static IEnumerable<string> Locations(ProcessResult build, ConsumerProject consumer)
        => build.Diagnostics(consumer.Directory).Select(diagnostic => diagnostic.ToString()).OrderBy(location => location, StringComparer.Ordinal);

    private static void AssertSource(ConsumerProject consumer, string path, string expected, ProcessResult format)
    {
        var actual = consumer.ReadSource(path);
        Assert.True(actual == expected,
            $"{path} after dotnet format:{Environment.NewLine}{actual}{Environment.NewLine}--- expected ---{Environment.NewLine}{expected}{Environment.NewLine}{format.Describe()}");
    }
}
