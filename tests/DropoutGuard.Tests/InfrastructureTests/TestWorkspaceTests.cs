using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.InfrastructureTests;

public sealed class TestWorkspaceTests
{
    private const string Source = "class C { }";

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task Fix_workspace_generates_what_the_build_generates(string? generateHelper)
    {
        var options = new VerifierOptions();
        if (generateHelper is not null)
            options.GlobalOptions["build_property.DropoutGuardGenerateHelper"] = generateHelper;

        using var workspace = TestWorkspace.Create(TestDocument.FromMarkup(Source, options), options, TestAnalyzerConfig.From(options));
        var generated = await workspace.CurrentSolution.Projects.Single().GetSourceGeneratedDocumentsAsync();

        var build = GeneratorRunner.Run(Source, options).Sources;
        Assert.Equal(build.Keys.Order(), generated.Select(document => document.HintName).Order());
        foreach (var document in generated)
            Assert.Equal(build[document.HintName], (await document.GetTextAsync()).ToString());
    }

    [Fact]
    public async Task Fix_workspace_generates_nothing_when_generators_are_off()
    {
        var options = new VerifierOptions { RunGenerators = false };
        using var workspace = TestWorkspace.Create(TestDocument.FromMarkup(Source, options), options, TestAnalyzerConfig.From(options));
        Assert.Empty(await workspace.CurrentSolution.Projects.Single().GetSourceGeneratedDocumentsAsync());
    }
}
