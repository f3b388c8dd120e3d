namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// What the docs say about severities, checked on a real build: strict mode makes the rules errors, and DG0900, which has
/// no source location, follows a global config but not an [*.cs] section.
/// </summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class SeverityConfigurationTests
{
    private const string BadValue = "dropout_guard.training_path = maybe";

    private readonly PackagingWorkspace _workspace;

    public SeverityConfigurationTests(PackagingWorkspace workspace) => _workspace = workspace;

    [Fact]
    public void Strict_mode_makes_every_rule_an_error()
    {
        var consumer = ConsumerProject.Create(_workspace, "StrictConsumer", new Dictionary<string, string>
        {
            ["Models/Gpt.cs"] = ConsumerSources.Model,
            ["DpoRunner.cs"] = ConsumerSources.DpoRunner,
            [".editorconfig"] = "root = true\n[*.cs]\n" + BadValue + "\n",
        });

        var build = consumer.Build("-p:DropoutGuardMode=strict");

        Assert.True(build.ExitCode != 0, build.Describe());
        Assert.Contains("error DG0001", build.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("error DG0900", build.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("warning DG0", build.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void DG0900_severity_comes_from_a_global_config_not_from_a_cs_section()
    {
        var consumer = ConsumerProject.Create(_workspace, "GlobalConfigConsumer", new Dictionary<string, string>
        {
            ["Models/Gpt.cs"] = ConsumerSources.Model,
            [".editorconfig"] = "root = true\n[*.cs]\n" + BadValue + "\ndotnet_diagnostic.DG0900.severity = error\n",
        });

        var sectionOnly = consumer.Build();
        Assert.True(sectionOnly.ExitCode == 0, sectionOnly.Describe());
        Assert.Contains("warning DG0900", sectionOnly.StandardOutput, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(consumer.Directory, ".globalconfig"), "is_global = true\ndotnet_diagnostic.DG0900.severity = error\n");
        var withGlobalConfig = consumer.Build();
        Assert.True(withGlobalConfig.ExitCode != 0, withGlobalConfig.Describe());
        Assert.Contains("error DG0900", withGlobalConfig.StandardOutput, StringComparison.Ordinal);
    }
}
