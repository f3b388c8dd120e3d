using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.UnreachableDropoutAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0003 (a) and (b): which dropout inside a model type DisableDropout cannot reach, for a type used in DPO.</summary>
public class DG0003DropoutSiteTests
{
    private static Task InModelUsedForDpo(string constructorBody = "", string forwardBody = "x")
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var policy = new Attention(); } }" + $$"""
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                private readonly double _p = 0.1;
                private nn.Module? _layer;
                public Attention() : base("attention") { {{constructorBody}} RegisterComponents(); }
                public override Tensor forward(Tensor x) => {{forwardBody}};
            }
            """));

    [Theory]
    [InlineData("[|nn.functional.dropout(x, p: _p, training: this.training)|]")]
    [InlineData("[|nn.functional.dropout(x)|]")]
    [InlineData("[|nn.functional.dropout1d(x, 0.1, training)|]")]
    [InlineData("[|nn.functional.dropout2d(x, training: training)|]")]
    [InlineData("[|nn.functional.dropout3d(x, _p, training)|]")]
    [InlineData("[|nn.functional.alpha_dropout(x, 0.2, training)|]")]
    [InlineData("[|nn.functional.feature_alpha_dropout(x, _p)|]")]
    [InlineData("[|nn.functional.scaled_dot_product_attention(x, x, x, p: 0.1)|]")]
    public Task Functional_dropout_with_a_non_zero_probability_is_reported(string forwardBody)
        => InModelUsedForDpo(forwardBody: forwardBody);

    [Theory]
    [InlineData("_layer = [|nn.MultiheadAttention(64, 8, dropout: 0.1)|];")]
    [InlineData("_layer = [|nn.TransformerEncoderLayer(64, 8)|];")]
    [InlineData("_layer = [|nn.TransformerDecoderLayer(64, 8, dropout: _p)|];")]
    [InlineData("_layer = [|nn.Transformer(64, 8)|];")]
    [InlineData("_layer = [|nn.LSTM(16, 32, 2, dropout: 0.2)|];")]
    [InlineData("_layer = [|nn.GRU(16, 32, 2, dropout: 0.2)|];")]
    [InlineData("_layer = [|nn.RNN(16, 32, 2, dropout: 0.2)|];")]
    public Task Layers_that_take_dropout_only_as_a_constructor_argument_are_reported(string constructorBody)
        => InModelUsedForDpo(constructorBody: constructorBody);

    [Fact]
    public Task A_probability_from_a_parameter_is_reported()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var policy = new Attention(0.1); } }" + """
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                private readonly double _rate;
                public Attention(double attention_pdrop) : base("attention") { _rate = attention_pdrop; }
                public override Tensor forward(Tensor x) => Drop(x, _rate);
                private Tensor Drop(Tensor x, double rate) => [|nn.functional.dropout(x, rate, training)|];
            }
            """));

    [Theory]
    [InlineData("nn.functional.dropout(x, 0.0, training)")]
    [InlineData("nn.functional.dropout1d(x, p: 0, training: training)")]
    [InlineData("nn.functional.alpha_dropout(x, 0f, training)")]
    [InlineData("nn.functional.scaled_dot_product_attention(x, x, x)")]
    [InlineData("nn.functional.scaled_dot_product_attention(x, x, x, p: 0.0)")]
    public Task Functional_dropout_with_probability_zero_is_silent(string forwardBody)
        => InModelUsedForDpo(forwardBody: forwardBody);

    [Theory]
    [InlineData("_layer = nn.MultiheadAttention(64, 8);")]
    [InlineData("_layer = nn.LSTM(16, 32, 2);")]
    [InlineData("_layer = nn.TransformerEncoderLayer(64, 8, dropout: 0.0);")]
    [InlineData("_layer = nn.Dropout(0.1);")]
    public Task Layers_without_dropout_or_with_a_reachable_Dropout_module_are_silent(string constructorBody)
        => InModelUsedForDpo(constructorBody: constructorBody);
}
