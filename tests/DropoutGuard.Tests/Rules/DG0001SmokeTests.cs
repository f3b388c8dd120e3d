using DropoutGuard.Rules;
using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules;

public class DG0001SmokeTests
{
    private const string Model = """
        using TorchSharp;
        using static TorchSharp.torch;
        public sealed class Gpt : nn.Module<Tensor, Tensor>
        {
            public Gpt(int width, double dropout = 0.1) : base("gpt") { }
            public override Tensor forward(Tensor x) => x;
        }
        public static class Helpers
        {
            public static T DisableDropout<T>(this T module) where T : nn.Module => module;
        }
        """;

    [Fact]
    public Task LocalInDpoMethod()
        => Verify.VerifyAsync(Model + """
            public class Runner
            {
                public void TrainDpo()
                {
                    var policy = [|new Gpt(64)|];
                    var reference = new Gpt(64);
                    reference.DisableDropout();
                }
            }
            """);
}
