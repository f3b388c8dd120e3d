using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.FunctionalDropoutWithoutTrainingAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0004: functional dropout in a module that leaves <c>training</c> at its default (true).</summary>
public class DG0004FunctionalDropoutWithoutTrainingTests
{
    /// <summary>A module no DPO/SFT code uses: DG0004 applies to every module, inference included.</summary>
    private static Task InForward(string forwardBody, params string[] messages)
        => Verify.VerifyAsync(TestModels.With($$"""
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                private readonly double _attentionDropout = 0.1;
                private readonly bool _dropoutEnabled = true;
                public Attention() : base("attention") { }
                public override Tensor forward(Tensor x) => {{forwardBody}};
            }
            """), null, messages);

    [Fact]
    public Task Dropout_without_training_is_reported()
        => InForward("[|nn.functional.dropout(x, 0.1)|]",
            "'functional.dropout' does not pass 'training', so it stays on after eval()");

    [Theory]
    [InlineData("[|nn.functional.dropout(x)|]")]
    [InlineData("[|nn.functional.dropout(x, p: _attentionDropout)|]")]
    [InlineData("[|nn.functional.dropout(x, 0.1, inplace: true)|]")]
    [InlineData("[|nn.functional.dropout1d(x, 0.1)|]")]
    [InlineData("[|nn.functional.dropout2d(x, 0.1)|]")]
    [InlineData("[|nn.functional.dropout3d(x, 0.1)|]")]
    public Task Every_dropout_whose_training_defaults_to_true_is_reported(string forwardBody) => InForward(forwardBody);

    [Fact]
    public Task The_message_names_the_function()
        => InForward("[|nn.functional.dropout2d(x)|]",
            "'functional.dropout2d' does not pass 'training', so it stays on after eval()");

    [Fact]
    public Task Calls_in_any_member_of_a_module_are_reported()
        => Verify.VerifyAsync(TestModels.With("""
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                public Attention() : base("attention") { }
                public override Tensor forward(Tensor x)
                {
                    Tensor Mix(Tensor y) => [|nn.functional.dropout(y, 0.1)|];
                    Func<Tensor, Tensor> noise = z => [|nn.functional.dropout1d(z, 0.1)|];
                    return Scores(Mix(noise(x)));
                }
                private Tensor Scores(Tensor x) => [|nn.functional.dropout(x, 0.2)|];
            }
            """));

    [Fact]
    public Task A_static_helper_inside_a_module_is_reported()
        => Verify.VerifyAsync(TestModels.With("""
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                public Attention() : base("attention") { }
                public override Tensor forward(Tensor x) => Noise(x);
                private static Tensor Noise(Tensor x) => [|nn.functional.dropout(x, 0.1)|];
            }
            """));

    [Fact]
    public Task A_model_on_a_DPO_path_is_reported_the_same_way()
        => Verify.VerifyAsync(TestModels.With("class DpoRunner { void Run() { var policy = new Attention(); } }" + """
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                public Attention() : base("attention") { }
                public override Tensor forward(Tensor x) => {|DG0003:[|nn.functional.dropout(x, 0.1)|]|};
            }
            """));

    [Theory]
    [InlineData("nn.functional.dropout(x, 0.1, training)")]
    [InlineData("nn.functional.dropout(x, 0.1, this.training)")]
    [InlineData("nn.functional.dropout(x, p: 0.1, training: this.training)")]
    [InlineData("nn.functional.dropout(x, training: training, p: _attentionDropout)")]
    [InlineData("nn.functional.dropout(x, 0.1, training: false)")]
    [InlineData("nn.functional.dropout(x, 0.1, training && _dropoutEnabled)")]
    [InlineData("nn.functional.dropout1d(x, 0.1, training)")]
    [InlineData("nn.functional.dropout2d(x, training: training)")]
    [InlineData("nn.functional.dropout3d(x, 0.1, training, inplace: true)")]
    public Task Passing_training_in_any_form_is_silent(string forwardBody) => InForward(forwardBody);

    [Theory]
    [InlineData("nn.functional.alpha_dropout(x, 0.1)")]
    [InlineData("nn.functional.feature_alpha_dropout(x, 0.1)")]
    [InlineData("nn.functional.scaled_dot_product_attention(x, x, x, p: 0.1)")]
    public Task Functions_whose_training_defaults_to_false_or_that_have_none_are_silent(string forwardBody) => InForward(forwardBody);

    [Fact]
    public Task Free_helper_functions_outside_modules_are_silent()
        => Verify.VerifyAsync(TestModels.With("""
            public static class Noise
            {
                public static Tensor Drop(Tensor x) => nn.functional.dropout(x, 0.1);
            }

            class DpoRunner { Tensor Run(Tensor x) => nn.functional.dropout2d(x); }
            """));
}
