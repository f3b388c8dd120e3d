using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.Generator;

/// <summary>
/// TorchSharp is present only by an assembly's identity: a reference that is TorchSharp (a file named TorchSharp, or a
/// project whose assembly is TorchSharp), or the project being TorchSharp itself. Types that merely look like TorchSharp
/// in another project's source do not count.
/// </summary>
public sealed class TorchSharpPresenceTests
{
    private static readonly string s_standIn = StandInTorchSharp.Source(StandInDropoutP.Property);

    [Fact]
    public void A_metadata_reference_to_TorchSharp_gets_the_helper()
        => Assert.True(HasHelper("", new VerifierOptions { TorchSharp = TorchSharpFlavor.Current }));

    [Fact]
    public void A_project_without_TorchSharp_gets_none()
        => Assert.False(HasHelper("", new VerifierOptions { TorchSharp = TorchSharpFlavor.None }));

    [Fact]
    public void TorchSharp_types_declared_in_another_project_get_none()
        => Assert.False(HasHelper(s_standIn, new VerifierOptions { TorchSharp = TorchSharpFlavor.None }));

    [Fact]
    public void The_project_that_is_TorchSharp_gets_the_helper()
        => Assert.True(HasHelper(s_standIn, StandInTorchSharp.Project));

    // Through the testing library as well, which names its project from the same option.
    [Fact]
    public Task The_project_that_is_TorchSharp_gets_the_helper_for_its_shape()
        => GeneratorVerifier.VerifyAsync(s_standIn, new Dictionary<string, string> { [HelperSnapshots.HintName] = HelperSnapshots.Current }, StandInTorchSharp.Project);

    [Fact]
    public void A_project_reference_to_TorchSharp_gets_the_helper()
    {
        var torchSharp = HelperCompilations.Library("TorchSharp", s_standIn).ToMetadataReference();

        Assert.True(HasHelper("", WithOnly(torchSharp)));
    }

    [Theory]
    [InlineData("/packages/torchsharp/0.107.0/lib/net8.0/TorchSharp.dll")]
    [InlineData(@"C:\Users\dev\.nuget\packages\torchsharp\0.107.0\lib\net8.0\TORCHSHARP.DLL")]
    [InlineData("torchsharp.dll")]
    public void A_TorchSharp_file_is_recognised_in_any_case_and_path_style(string filePath)
    {
        var torchSharp = HelperCompilations.EmitLibrary("TorchSharp", s_standIn, filePath);

        Assert.True(HasHelper("", WithOnly(torchSharp)));
    }

    private static VerifierOptions WithOnly(Microsoft.CodeAnalysis.MetadataReference torchSharp)
        => new() { TorchSharp = TorchSharpFlavor.None, AdditionalReferences = [torchSharp] };

    private static bool HasHelper(string source, VerifierOptions options)
    {
        var output = GeneratorRunner.Run(source, options);
        Assert.Empty(output.GeneratorDiagnostics);
        return output.Sources.ContainsKey(HelperSnapshots.HintName);
    }
}
