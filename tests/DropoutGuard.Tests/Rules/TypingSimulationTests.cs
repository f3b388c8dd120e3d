using DropoutGuard.Tests.Infrastructure;
using DropoutGuard.Tests.Packaging;

namespace DropoutGuard.Tests.Rules;

/// <summary>
/// Every prefix of a realistic file is code someone is typing: all rules run on it (the verifier fails on any analyzer
/// exception) and report only inside the text that exists.
/// </summary>
public class TypingSimulationTests
{
    private const int Step = 53;

    public static TheoryData<string> SampleFiles() => new(
        "Program.cs",
        Path.Combine("Models", "CausalSelfAttention.cs"),
        Path.Combine("Training", "DpoTrainer.cs"));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Every_prefix_of_a_sample_file_analyses_without_exceptions(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryLayout.SampleDirectory, relativePath));
        var options = new VerifierOptions { AllowCompilerErrors = true, OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication };
        for (var length = Step; length < text.Length + Step; length += Step)
        {
            var prefix = text.Substring(0, Math.Min(length, text.Length));
            var diagnostics = await AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>.GetDiagnosticsAsync(prefix, options);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
            Assert.All(
                diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("DG", StringComparison.Ordinal) && diagnostic.Location.IsInSource
                    && diagnostic.Location.SourceTree!.FilePath == options.FilePath),
                diagnostic => Assert.True(diagnostic.Location.SourceSpan.End <= prefix.Length, diagnostic.ToString()));
        }
    }
}
