using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DropoutGuard.Tests.Generator;

public sealed class HelperSnapshotTests
{
    [Fact]
    public void Current_TorchSharp_gets_direct_assignments()
        => AssertGenerated(HelperSnapshots.Current, new VerifierOptions { TorchSharp = TorchSharpFlavor.Current });

    [Fact]
    public void Legacy_TorchSharp_gets_reflection()
        => AssertGenerated(HelperSnapshots.Legacy, new VerifierOptions { TorchSharp = TorchSharpFlavor.Legacy });

    [Fact]
    public void CSharp_7_3_gets_no_nullable_directive()
        => AssertGenerated(
            HelperSnapshots.Current.Replace("#nullable enable\n", "", StringComparison.Ordinal),
            new VerifierOptions { LanguageVersion = LanguageVersion.CSharp7_3 });

    [Fact]
    public void CSharp_8_gets_the_nullable_directive()
        => AssertGenerated(HelperSnapshots.Current, new VerifierOptions { LanguageVersion = LanguageVersion.CSharp8 });

    private static void AssertGenerated(string expected, VerifierOptions options)
    {
        var output = GeneratorRunner.Run("", options);
        Assert.Empty(output.GeneratorDiagnostics);
        var generated = Assert.Single(output.Sources);
        Assert.Equal(HelperSnapshots.HintName, generated.Key);
        if (generated.Value != expected)
            Assert.Fail("The generated helper differs from the snapshot:" + Environment.NewLine + TextDiff.Describe(expected, generated.Value));
    }
}
