using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DropoutGuard.Tests.Generator;

/// <summary>The helper lands in the user's project, so it must compile without a single warning in the strictest one.</summary>
public sealed class GeneratedHelperCompilationTests
{
    // C# 7.3 syntax, so the same usage compiles at every language version.
    private const string Usage = """
        using DropoutGuard;
        using TorchSharp;

        internal static class Usage
        {
            public static torch.nn.Module Prepare(torch.nn.Module model)
            {
                return model.DisableDropout();
            }

            public static torch.nn.Module<torch.Tensor, torch.Tensor> PrepareTyped(torch.nn.Module<torch.Tensor, torch.Tensor> model)
            {
                return model.DisableDropout();
            }
        }
        """;

    [Theory]
    [InlineData(TorchSharpFlavor.Current, LanguageVersion.CSharp7_3)]
    [InlineData(TorchSharpFlavor.Current, LanguageVersion.CSharp8)]
    [InlineData(TorchSharpFlavor.Current, LanguageVersion.Latest)]
    [InlineData(TorchSharpFlavor.Legacy, LanguageVersion.CSharp7_3)]
    [InlineData(TorchSharpFlavor.Legacy, LanguageVersion.CSharp8)]
    [InlineData(TorchSharpFlavor.Legacy, LanguageVersion.Latest)]
    public void Compiles_without_warnings(TorchSharpFlavor flavor, LanguageVersion languageVersion)
    {
        var compilation = HelperCompilations.Strict(Usage, languageVersion, flavor);

        HelperCompilations.TrackingDriver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith(HelperSnapshots.HintName, StringComparison.Ordinal));
        var visible = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(visible.Count == 0, string.Join(Environment.NewLine, visible));
    }
}
