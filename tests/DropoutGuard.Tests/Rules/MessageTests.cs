using DropoutGuard.Tests.Infrastructure;
using VerifyDG0001 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;
using VerifyDG0002 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.TrainReenablesDropoutAnalyzer>;
using VerifyDG0003 = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.UnreachableDropoutAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>
/// Messages are one short sentence: the subject, what puts it on a DPO/SFT path, and for DG0002/DG0003 the remedy that
/// applies, naming the configured disable method. The why lives in the descriptor's description and the rule page.
/// </summary>
public class MessageTests
{
    private static VerifierOptions DisableMethods(string value)
        => new() { EditorConfig = "root = true\n[*.cs]\ndropout_guard.disable_methods = " + value + "\n" };

    [Fact]
    public Task DG0001_names_the_sink_when_both_a_name_and_a_sink_put_the_model_on_a_path()
        => VerifyDG0001.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var reference = [|new Gpt(64)|]; var t = new DpoTrainer(reference, reference); } }"), null,
            "Dropout is still on for reference model 'reference' that reaches DpoTrainer(…)");

    [Fact]
    public Task DG0001_names_the_code_that_is_on_a_path_when_there_is_no_sink()
        => VerifyDG0001.VerifyAsync(TestModels.With("class Runner { void TrainSft() { var model = [|new Gpt(64)|]; } }"), null,
            "Dropout is still on for model 'model' in DPO/SFT code: method 'TrainSft'");

    [Fact]
    public Task DG0002_names_the_first_configured_disable_method()
        => VerifyDG0002.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var policy = new Gpt(64); policy.eval(); [|policy.train()|]; } }"),
            DisableMethods("TurnOffDropout, DisableDropout"),
            "'policy.train()' undoes the earlier eval() on policy model 'policy', so dropout is on again: use TurnOffDropout() instead");

    [Theory]
    [InlineData("nn.TransformerEncoderLayer(64, 8)", "default dropout 0.1 of TransformerEncoderLayer")]
    [InlineData("nn.LSTM(16, 32, 2, dropout: 0.2)", "dropout: 0.2 of LSTM")]
    [InlineData("nn.TransformerDecoderLayer(64, 8, 256, _p)", "dropout: _p of TransformerDecoderLayer")]
    public Task DG0003_on_a_layer_shows_the_argument_written_and_the_layer_remedy(string layer, string shown)
        => VerifyDG0003.VerifyAsync(ModelUsedForDpo("_layer = [|" + layer + "|];", "x"), null,
            "DisableDropout() cannot reach " + shown + " in 'Attention', used for DPO/SFT in 'DpoRunner.Run': pass dropout: 0.0 when training with DPO/SFT");

    [Fact]
    public Task DG0003_on_attention_dropout_says_to_pass_p_zero()
        => VerifyDG0003.VerifyAsync(ModelUsedForDpo("", "[|nn.functional.scaled_dot_product_attention(x, x, x, p: 0.1)|]"), null,
            "DisableDropout() cannot reach functional.scaled_dot_product_attention in 'Attention', used for DPO/SFT in 'DpoRunner.Run': pass p: 0.0 when training with DPO/SFT");

    [Fact]
    public Task DG0003_names_the_first_configured_disable_method()
        => VerifyDG0003.VerifyAsync(ModelUsedForDpo("", "[|nn.functional.dropout(x, _p, training)|]"), DisableMethods("freeze_dropout"),
            "freeze_dropout() cannot reach functional.dropout in 'Attention', used for DPO/SFT in 'DpoRunner.Run': use a registered Dropout module instead");

    private static string ModelUsedForDpo(string constructorBody, string forwardBody)
        => TestModels.With("class DpoRunner { void Run() { var policy = new Attention(); } }" + $$"""
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                private readonly double _p = 0.1;
                private nn.Module? _layer;
                public Attention() : base("attention") { {{constructorBody}} RegisterComponents(); }
                public override Tensor forward(Tensor x) => {{forwardBody}};
            }
            """);
}
