using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.Generator;

/// <summary>
/// The exact helper text per TorchSharp shape. The current shape (p settable, TorchSharp 0.104+) is checked against the
/// real TorchSharp 0.107.0; the reflection shape against the legacy 0.102/0.103 stand-in.
/// </summary>
public sealed class HelperSnapshotTests
{
    [Fact]
    public Task Current_TorchSharp_gets_direct_assignments()
        => Expect(HelperSnapshots.Current, new VerifierOptions { TorchSharp = TorchSharpFlavor.Current });

    [Fact]
    public Task Legacy_TorchSharp_gets_reflection()
        => Expect(HelperSnapshots.Legacy, new VerifierOptions { TorchSharp = TorchSharpFlavor.Legacy });

    [Fact]
    public Task CSharp_7_3_gets_no_nullable_directive()
        => Expect(
            HelperSnapshots.Current.Replace("#nullable enable\n", "", StringComparison.Ordinal),
            new VerifierOptions { LanguageVersion = LanguageVersion.CSharp7_3 });

    [Fact]
    public Task CSharp_8_gets_the_nullable_directive()
        => Expect(HelperSnapshots.Current, new VerifierOptions { LanguageVersion = LanguageVersion.CSharp8 });

    private static Task Expect(string helper, VerifierOptions options)
        => GeneratorVerifier.VerifyAsync("", new Dictionary<string, string> { [HelperSnapshots.HintName] = helper }, options);
}
