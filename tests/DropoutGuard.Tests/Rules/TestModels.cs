namespace DropoutGuard.Tests.Rules;

/// <summary>Model and trainer definitions shared by rule tests, prepended to each test source.</summary>
internal static class TestModels
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using TorchSharp;
        using TorchSharp.Modules;
        using TorchSharp.PyBridge;
        using static TorchSharp.torch;

        """;

    /// <summary>A user model (with a dropout-named parameter), a DPO trainer, an SFT entry point and a plain disable helper.</summary>
    public const string Definitions = """

        public sealed class Gpt : nn.Module<Tensor, Tensor>
        {
            public Gpt(int width, double dropout = 0.1) : base("gpt") { }
            public Gpt() : base("gpt") { }
            public override Tensor forward(Tensor x) => x;
        }

        public sealed class DpoTrainer
        {
            public DpoTrainer(nn.Module policy, nn.Module reference) { }
            public DpoTrainer() { }
            public nn.Module? Reference { get; set; }
            public nn.Module? Policy { get; set; }
            public void Train() { }
        }

        public static class Sft
        {
            public static void Train(nn.Module model, string data) { }
        }

        public static class Helpers
        {
            public static T DisableDropout<T>(this T module) where T : nn.Module => module;
        }
        """;

    public static string With(string code) => Usings + code + Definitions;
}
