namespace DropoutGuard.Tests.Fixes;

/// <summary>The usings and definitions that code fix tests put around the code under test.</summary>
internal static class FixTestCode
{
    public const string Usings = """
        using System;
        using System.Threading.Tasks;
        using TorchSharp;
        using TorchSharp.PyBridge;
        using static TorchSharp.torch;

        """;

    /// <summary><see cref="Usings"/> after a fix that calls the generated helper.</summary>
    public const string UsingsWithHelper = """
        using System;
        using System.Threading.Tasks;
        using DropoutGuard;
        using TorchSharp;
        using TorchSharp.PyBridge;
        using static TorchSharp.torch;

        """;

    /// <summary>A user model and a DPO trainer; a model handed to the trainer is on the training path.</summary>
    public const string Definitions = """

        public sealed class Gpt : nn.Module<Tensor, Tensor>
        {
            public Gpt(int width) : base("gpt") { }
            public Gpt() : base("gpt") { }
            public override Tensor forward(Tensor x) => x;
        }

        public sealed class DpoTrainer
        {
            public DpoTrainer(nn.Module policy, nn.Module reference) { }
            public void Train() { }
        }
        """;

    public static string Before(string code) => Usings + code + Definitions;

    public static string AfterWithHelper(string code) => UsingsWithHelper + code + Definitions;

    public static string After(string code) => Usings + code + Definitions;
}
