using DropoutGuard.Tests.Infrastructure;
using static DropoutGuard.Tests.Rules.Objectives.ObjectiveCode;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.ConfigurationAnalyzer>;

namespace DropoutGuard.Tests.Rules.Objectives;

/// <summary>dropout_guard.detect_objectives: a value other than true/false is DG0900 and detection stays on.</summary>
public class DetectObjectivesOptionTests
{
    private const string Code = "Tensor Run(" + Batch + ") { var policy = {|DG0001:new Gpt()|}; var reference = {|DG0001:new Gpt()|};";

    [Fact]
    public Task An_invalid_value_is_reported_and_objectives_are_still_detected()
        => Verify.VerifyAsync(
            In("AlignmentLoop", Code + FourLogProbs("policy", "reference") + " return -nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean(); }"),
            new VerifierOptions
            {
                EditorConfig = "root = true\n[*.cs]\ndropout_guard.detect_objectives = sometimes\n",
                UnlocatedDiagnostics = { ("DG0900", "'dropout_guard.detect_objectives = sometimes': expected true or false; objectives are detected") },
            });

    [Fact]
    public Task Valid_values_are_not_reported()
        => Verify.VerifyAsync(
            In("AlignmentLoop", "void Run() { }"),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.detect_objectives = False\n" });
}
