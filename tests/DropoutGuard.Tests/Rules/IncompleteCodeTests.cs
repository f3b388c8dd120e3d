using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Rules;

/// <summary>Code being typed: the analyzers must neither throw (the verifier fails on AD0001) nor report nonsense.</summary>
public class IncompleteCodeTests
{
    public static TheoryData<string> Snippets() => new(
        "class DpoRunner { void Run() { var m = new Gpt( } }",
        "class DpoRunner { void Run() { var m = new Unknown(64); m.DisableDropout(); } }",
        "class DpoRunner { void Run() { var m = new Gpt(64); m.DisableDropout( } }",
        "class DpoRunner { void Run() { var m = new Gpt(64); var t = new DpoTrainer(m, ); } }",
        "class DpoRunner { void Run() { Gpt m = ; m.eval(); m.train(; } }",
        "class DpoRunner { void Run() { var m = cond ? new Gpt(1) : ; } }",
        "class DpoRunner { void Run() { foreach (var x in m.modules()) { if (x is Dropout d) d.p = ; } } }",
        "class DpoRunner { void Run() { var m = Models.Load(; } } static class Models { public static Gpt Load(string p) => Load(p); }",
        "class DpoRunner { Gpt _m = new Gpt(64, dropout: ); void Run() => Run(); }",
        "class DpoRunner { void Run() { var m = jit.load(); var s = nn.Sequential(nn.Dropout(), ); } }",
        "public sealed class Block : nn.Module<Tensor, Tensor> { public Block() : base(\"b\") { } public override Tensor forward(Tensor x) => nn.functional.dropout(x, ); }",
        "class DpoRunner { void Run() { var m = new Gpt(64); m.apply(x => { if (x is Dropout d) d.p = 0 }); } }",
        "class DpoRunner { async Task Run() { var m = await ; } }",
        "class DpoRunner { void Run() { var (a, b) = (new Gpt(1), new Gpt(2)); var t = new DpoTrainer(a, b); } }",
        "class DpoRunner { static Gpt Loop(Gpt m) => Loop(Loop(m)); void Run() { var m = Loop(new Gpt(1)); } }");

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Analyzers_do_not_throw_on_incomplete_code(string snippet)
    {
        var diagnostics = await AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>.GetDiagnosticsAsync(
            TestModels.With(snippet), new VerifierOptions { AllowCompilerErrors = true });
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        Assert.All(diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("DG", StringComparison.Ordinal)),
            diagnostic => Assert.True(diagnostic.Location.IsInSource || diagnostic.Id == "DG0900", diagnostic.ToString()));
    }

    [Fact]
    public Task A_deconstructed_tuple_of_models_reaching_a_trainer_is_not_silently_lost()
        => AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var (a, b) = ([|new Gpt(1)|], [|new Gpt(2)|]); } }"));
}
