namespace DropoutGuard.Tests.Packaging;

/// <summary>The consumer project's code before and after the DG0001 code fix.</summary>
public static class ConsumerSources
{
    public const string Model = """
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        namespace Demo.Models
        {
            public sealed class Gpt : nn.Module<Tensor, Tensor>
            {
                private readonly Linear _head;
                private readonly Dropout _dropout;

                public Gpt(long width, double dropout = 0.1) : base(nameof(Gpt))
                {
                    _head = nn.Linear(width, width);
                    _dropout = nn.Dropout(dropout);
                    RegisterComponents();
                }

                public override Tensor forward(Tensor input) => _dropout.forward(_head.forward(input));
            }
        }
        """;

    public const string DpoRunner = """
        using Demo.Models;
        using TorchSharp.PyBridge;

        namespace Demo
        {
            public sealed class DpoRunner
            {
                public void Run(string checkpoint)
                {
                    var policy = new Gpt(64);
                    policy.load_py(checkpoint);

                    var reference = new Gpt(64);
                    reference.load_py(checkpoint);

                    Step(policy, reference);
                }

                private static void Step(Gpt policy, Gpt reference)
                {
                }
            }
        }
        """;

    public const string FixedDpoRunner = """
        using Demo.Models;
        using DropoutGuard;
        using TorchSharp.PyBridge;

        namespace Demo
        {
            public sealed class DpoRunner
            {
                public void Run(string checkpoint)
                {
                    var policy = new Gpt(64);
                    policy.load_py(checkpoint);
                    policy.DisableDropout();

                    var reference = new Gpt(64);
                    reference.load_py(checkpoint);
                    reference.DisableDropout();

                    Step(policy, reference);
                }

                private static void Step(Gpt policy, Gpt reference)
                {
                }
            }
        }
        """;

    /// <summary>The fix goes after the last statement that loads or moves the model.</summary>
    public const string SftJob = """
        using Demo.Models;
        using TorchSharp;
        using TorchSharp.PyBridge;

        namespace Demo
        {
            public static class SftJob
            {
                public static Gpt Prepare(string weights)
                {
                    var model = new Gpt(32);
                    model.load_safetensors(weights);
                    model.cpu();
                    return model;
                }
            }
        }
        """;

    public const string FixedSftJob = """
        using Demo.Models;
        using DropoutGuard;
        using TorchSharp;
        using TorchSharp.PyBridge;

        namespace Demo
        {
            public static class SftJob
            {
                public static Gpt Prepare(string weights)
                {
                    var model = new Gpt(32);
                    model.load_safetensors(weights);
                    model.cpu();
                    model.DisableDropout();
                    return model;
                }
            }
        }
        """;

    /// <summary>Uses the generated helper outside DPO/SFT code; without the helper its namespace DropoutGuard does not exist.</summary>
    public const string HelperCaller = """
        using Demo.Models;
        using DropoutGuard;

        namespace Demo
        {
            public static class Evaluation
            {
                public static Gpt Quiet(Gpt model) => model.DisableDropout();
            }
        }
        """;
}
