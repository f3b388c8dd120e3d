namespace DropoutGuard.Tests.Packaging;

/// <summary>The README shows what the package really does: its example is the code the real-host test builds and fixes.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));

    [Fact]
    public void Install_snippet_uses_the_current_version()
        => Assert.Contains($"<PackageReference Include=\"DropoutGuard\" Version=\"{RepositoryLayout.Version}\" PrivateAssets=\"all\" />", Readme);

    [Fact]
    public void Example_before_and_after_the_fix_is_the_tested_code()
    {
        Assert.Contains("```csharp\n" + ConsumerSources.DpoRunner + "\n```", Readme);
        Assert.Contains("```csharp\n" + ConsumerSources.FixedDpoRunner + "\n```", Readme);
    }
}
