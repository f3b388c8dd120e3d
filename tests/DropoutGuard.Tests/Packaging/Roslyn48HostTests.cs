namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// The packed roslyn4.8 analyzer assembly run by a compiler on Microsoft.CodeAnalysis 4.8 (the .NET 8 SDK's), in a process
/// of its own: it loads there, its generator adds the DisableDropout helper, and its rules report, on a DPO file compiled
/// against the real TorchSharp with the references a consumer build resolves.
/// </summary>
[Collection(RealHostCollection.Name)]
[Trait("Category", "RealHost")]
public class Roslyn48HostTests
{
    private const string Roslyn48Folder = "analyzers/dotnet/roslyn4.8/cs/";

    private readonly PackagingWorkspace _workspace;

    public Roslyn48HostTests(PackagingWorkspace workspace) => _workspace = workspace;

    [Fact]
    public void Roslyn_4_8_host_generates_the_helper_and_reports_DG0001()
    {
        var consumer = ConsumerProject.Create(_workspace, "Roslyn48HostConsumer", new Dictionary<string, string>
        {
            ["Models/Gpt.cs"] = ConsumerSources.Model,
            ["DpoRunner.cs"] = ConsumerSources.DpoRunner,
            // Calls DisableDropout(): without the generated helper this file does not compile and the host fails.
            ["Evaluation.cs"] = ConsumerSources.HelperCaller,
        });
        var build = consumer.BuildPrintingItems(new[] { "ReferencePath" });
        Assert.True(build.ExitCode == 0, build.Describe());
        var references = MSBuildItems.FullPaths(build.StandardOutput, "ReferencePath");
        Assert.Contains(references, path => Path.GetFileName(path) == "TorchSharp.dll");

        var analyzerFolder = Path.Combine(_workspace.Root, "roslyn4.8-analyzer");
        _workspace.Package.ExtractFolder(Roslyn48Folder, analyzerFolder);

        var arguments = new[] { "exec", _workspace.Roslyn48Host, "--analyzer", Path.Combine(analyzerFolder, "DropoutGuard.dll") }
            .Concat(references.SelectMany(reference => new[] { "--reference", reference }))
            .Concat(new[] { "Models/Gpt.cs", "DpoRunner.cs", "Evaluation.cs" })
            .ToArray();
        var host = DotnetCli.Run(consumer.Directory, arguments);

        Assert.True(host.ExitCode == 0, host.Describe());
        var lines = host.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            new[]
            {
                "roslyn 4.8.0.0",
                "generated DropoutGuard.DropoutExtensions.g.cs",
                "DpoRunner.cs(10,26): warning DG0001",
                "DpoRunner.cs(13,29): warning DG0001",
            },
            lines);
    }
}
