using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

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
    public void Not_emitted_without_TorchSharp()
    {
        var output = GeneratorRunner.Run("", new VerifierOptions { TorchSharp = TorchSharpFlavor.None });

        Assert.Empty(output.Sources);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("FALSE")]
    [InlineData("False")]
    public void Not_emitted_when_switched_off(string value)
    {
        var output = GeneratorRunner.Run("", WithSwitch(value));

        Assert.Empty(output.Sources);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("")]
    [InlineData("no")]
    public void Emitted_unless_the_switch_says_false(string value)
    {
        var output = GeneratorRunner.Run(Usage, WithSwitch(value));

        Assert.Equal([HelperSnapshots.HintName], output.Sources.Keys);
        AssertNoErrors(output);
    }

    [Fact]
    public void Emitted_when_the_switch_is_missing()
    {
        var output = GeneratorRunner.Run(Usage);

        Assert.Equal([HelperSnapshots.HintName], output.Sources.Keys);
        AssertNoErrors(output);
    }

    [Fact]
    public void Not_emitted_when_the_project_declares_its_own()
    {
        var output = GeneratorRunner.Run("namespace DropoutGuard { internal static class DropoutExtensions { } }");

        Assert.Empty(output.Sources);
    }

    [Fact]
    public void Not_emitted_when_a_reference_exposes_a_public_one()
    {
        var library = Library(LibraryExtensions.Replace("{0}", "public", StringComparison.Ordinal));

        var output = GeneratorRunner.Run(Usage, new VerifierOptions { AdditionalReferences = [library] });

        Assert.Empty(output.Sources);
        AssertNoErrors(output);
    }

    [Fact]
    public void Emitted_when_a_reference_hides_an_internal_one()
    {
        var library = Library(LibraryExtensions.Replace("{0}", "internal", StringComparison.Ordinal));

        var output = GeneratorRunner.Run(Usage, new VerifierOptions { AdditionalReferences = [library] });

        Assert.Equal([HelperSnapshots.HintName], output.Sources.Keys);
        AssertNoErrors(output);
    }

    [Fact]
    public void Not_emitted_when_a_reference_shows_its_internal_one_to_the_project()
    {
        var library = Library(
            $"[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"{TestProject.AssemblyName}\")]\n"
            + LibraryExtensions.Replace("{0}", "internal", StringComparison.Ordinal));

        var output = GeneratorRunner.Run(Usage, new VerifierOptions { AdditionalReferences = [library] });

        Assert.Empty(output.Sources);
        AssertNoErrors(output);
    }

    private static VerifierOptions WithSwitch(string value)
        => new() { GlobalOptions = { [SwitchKey] = value } };

    private static void AssertNoErrors(GeneratedOutput output)
    {
        var errors = output.GeneratorDiagnostics.Concat(output.CompilationDiagnostics).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.True(!errors.Any(), DiagnosticText.AsList(errors.Select(DiagnosticText.Describe)));
    }

    private static MetadataReference Library(string source)
        => HelperCompilations.EmitLibrary("HelperLibrary", source);
}
