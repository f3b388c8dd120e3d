using DropoutGuard.CodeFixes;
using DropoutGuard.Rules;
using Verify = DropoutGuard.Tests.Infrastructure.CodeFixVerifier<
    DropoutGuard.Rules.FunctionalDropoutWithoutTrainingAnalyzer,
    DropoutGuard.CodeFixes.PassTrainingArgumentCodeFixProvider>;

namespace DropoutGuard.Tests.Fixes;

public class PassTrainingArgumentCodeFixTests
{
    private const string Usings = """
        using TorchSharp;
        using static TorchSharp.torch;
        using F = TorchSharp.torch.nn.functional;

        """;

    [Fact]
    public Task Training_argument_is_added_after_the_others()
        => Verify.VerifyAsync(Usings + """
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                public Attention() : base("attention") { }

                public override Tensor forward(Tensor x)
                {
                    var weights = [|F.dropout(x, 0.1)|];
                    return [|nn.functional.dropout2d(weights)|];
                }
            }
            """, Usings + """
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                public Attention() : base("attention") { }

                public override Tensor forward(Tensor x)
                {
                    var weights = F.dropout(x, 0.1, training: this.training);
                    return nn.functional.dropout2d(weights, training: this.training);
                }
            }
            """);

    [Fact]
    public Task Named_arguments_on_several_lines()
        => Verify.VerifyAsync(Usings + """
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                private readonly double _attentionDropout = 0.1;

                public Attention() : base("attention") { }

                public override Tensor forward(Tensor x)
                    => [|F.dropout(
                        input: x,
                        p: _attentionDropout)|];
            }
            """, Usings + """
            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                private readonly double _attentionDropout = 0.1;

                public Attention() : base("attention") { }

                public override Tensor forward(Tensor x)
                    => F.dropout(
                        input: x,
                        p: _attentionDropout,
                        training: this.training);
            }
            """);

    [Fact]
    public Task Nested_calls_are_both_fixed()
        => Verify.VerifyAsync(Usings + """
            public sealed class Block : nn.Module<Tensor, Tensor>
            {
                public Block() : base("block") { }

                public override Tensor forward(Tensor x) => [|F.dropout([|F.dropout1d(x, p: 0.2)|], 0.1)|];
            }
            """, Usings + """
            public sealed class Block : nn.Module<Tensor, Tensor>
            {
                public Block() : base("block") { }

                public override Tensor forward(Tensor x) => F.dropout(F.dropout1d(x, p: 0.2, training: this.training), 0.1, training: this.training);
            }
            """);

    [Fact]
    public Task Not_offered_in_a_static_member()
        => Verify.VerifyNoFixAsync(Usings + """
            public sealed class Block : nn.Module<Tensor, Tensor>
            {
                public Block() : base("block") { }

                public override Tensor forward(Tensor x) => Drop(x);

                private static Tensor Drop(Tensor x) => [|F.dropout(x, 0.1)|];
            }
            """);

    [Fact]
    public Task Not_offered_in_a_static_lambda()
        => Verify.VerifyNoFixAsync(Usings + """
            public sealed class Block : nn.Module<Tensor, Tensor>
            {
                public Block() : base("block") { }

                public override Tensor forward(Tensor x)
                {
                    System.Func<Tensor, Tensor> drop = static t => [|F.dropout(t, 0.1)|];
                    return drop(x);
                }
            }
            """);

    [Fact]
    public async Task Title_and_equivalence_key()
    {
        var actions = await OfferedFixes<FunctionalDropoutWithoutTrainingAnalyzer, PassTrainingArgumentCodeFixProvider>.GetAsync(Usings + """
            public sealed class Block : nn.Module<Tensor, Tensor>
            {
                public Block() : base("block") { }

                public override Tensor forward(Tensor x) => F.dropout(x, 0.1);
            }
            """);

        var action = Assert.Single(actions);
        Assert.Equal("Pass training: this.training", action.Title);
        Assert.Equal(PassTrainingArgumentCodeFixProvider.EquivalenceKey, action.EquivalenceKey);
    }
}
