using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.Generator;

/// <summary>When the helper is emitted: TorchSharp referenced, not switched off, no DropoutExtensions already visible.</summary>
public sealed class HelperEmissionConditionTests
{
    private const string SwitchKey = "build_property.DropoutGuardGenerateHelper";

    // Compiles only if exactly one DisableDropout is visible, so it also shows the helper never clashes with another one.
    private const string Usage = """
        using DropoutGuard;
        using TorchSharp;

        internal static class Usage
        {
            public static torch.nn.Module Prepare(torch.nn.Module model) => model.DisableDropout();
        }
        """;

    private const string LibraryExtensions = """
        namespace DropoutGuard
        {
            {0} static class DropoutExtensions
            {
                {0} static T DisableDropout<T>(this T module) where T : class => module;
            }
        }
        """;

    [Fact]
    public Task Not_emitted_without_TorchSharp()
        => GeneratorVerifier.VerifyAsync("", Nothing, new VerifierOptions { TorchSharp = TorchSharpFlavor.None });

    [Theory]
    [InlineData("false")]
    [InlineData("FALSE")]
    [InlineData("False")]
    public Task Not_emitted_when_switched_off(string value)
        => GeneratorVerifier.VerifyAsync("", Nothing, WithSwitch(value));

    [Theory]
    [InlineData("true")]
    [InlineData("")]
    [InlineData("no")]
    public Task Emitted_unless_the_switch_says_false(string value)
        => GeneratorVerifier.VerifyAsync(Usage, Helper, WithSwitch(value));

    [Fact]
    public Task Emitted_when_the_switch_is_missing()
        => GeneratorVerifier.VerifyAsync(Usage, Helper);

    [Fact]
    public Task Not_emitted_when_the_project_declares_its_own()
        => GeneratorVerifier.VerifyAsync("namespace DropoutGuard { internal static class DropoutExtensions { } }", Nothing);

    [Fact]
    public Task Not_emitted_when_a_reference_exposes_a_public_one()
        => GeneratorVerifier.VerifyAsync(Usage, Nothing, WithLibrary(LibraryExtensions.Replace("{0}", "public", StringComparison.Ordinal)));

    [Fact]
    public Task Emitted_when_a_reference_hides_an_internal_one()
        => GeneratorVerifier.VerifyAsync(Usage, Helper, WithLibrary(LibraryExtensions.Replace("{0}", "internal", StringComparison.Ordinal)));

    [Fact]
    public Task Not_emitted_when_a_reference_shows_its_internal_one_to_the_project()
        => GeneratorVerifier.VerifyAsync(Usage, Nothing, WithLibrary(
            $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{TestProject.DefaultAssemblyName}\")]\n"
            + LibraryExtensions.Replace("{0}", "internal", StringComparison.Ordinal)));

    private static readonly Dictionary<string, string> Nothing = [];

    private static readonly Dictionary<string, string> Helper = new() { [HelperSnapshots.HintName] = HelperSnapshots.Current };

    private static VerifierOptions WithSwitch(string value)
        => new() { GlobalOptions = { [SwitchKey] = value } };

    private static VerifierOptions WithLibrary(string source)
        => new() { AdditionalReferences = [HelperCompilations.EmitLibrary("HelperLibrary", source)] };
}
