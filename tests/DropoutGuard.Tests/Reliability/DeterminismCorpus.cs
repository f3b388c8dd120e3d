using System.Text;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// Sources whose findings used to depend on analysis order: helpers reached at and beyond the call depth limit, mutual
/// recursion, and model types used for training in several places.
/// </summary>
internal static class DeterminismCorpus
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        """;

    public const string Models = Usings + """
        namespace Corpus
        {
            public sealed class Gpt : nn.Module<Tensor, Tensor>
            {
                public Gpt(int width) : base("gpt") { }
                public override Tensor forward(Tensor x) => x;
            }

            public sealed class Attention : nn.Module<Tensor, Tensor>
            {
                public Attention() : base("attention") { }
                public override Tensor forward(Tensor x) => nn.functional.dropout(x, 0.1, this.training);
            }

            public sealed class Block : nn.Module<Tensor, Tensor>
            {
                private readonly Attention _attention = new Attention();
                public Block() : base("block") { RegisterComponents(); }
                public override Tensor forward(Tensor x) => _attention.forward(x);
            }

            public sealed class DpoTrainer
            {
                public DpoTrainer(nn.Module policy, nn.Module reference) { }
            }
        }
        """;

    /// <summary>Helpers: <c>ViaOne → ViaTwo → Zero</c> disables; other chains reach ViaTwo exactly at and beyond the depth limit.</summary>
    public static string Helpers(int maxDepth)
    {
        var text = new StringBuilder(Usings).AppendLine("namespace Corpus").AppendLine("{").AppendLine("    public static class Prep").AppendLine("    {");
        text.AppendLine("        public static void Zero(nn.Module m) { foreach (var x in m.modules()) if (x is Dropout d) d.p = 0; }");
        text.AppendLine("        public static void ViaOne(nn.Module m) => ViaTwo(m);");
        text.AppendLine("        public static void ViaTwo(nn.Module m) => Zero(m);");
        text.AppendLine("        public static T Quiet<T>(T m) where T : nn.Module { ViaOne(m); return m; }");
        // Chains of maxDepth-1 .. maxDepth+2 links that end in ViaTwo, so ViaTwo is first met at and past the limit.
        for (var length = maxDepth - 1; length <= maxDepth + 2; length++)
        {
            for (var link = 0; link < length; link++)
            {
                var next = link + 1 < length ? $"Chain{length}_{link + 1}" : "ViaTwo";
                text.AppendLine($"        public static void Chain{length}_{link}(nn.Module m) => {next}(m);");
            }
        }
        // Mutual recursion with the disabling step on one side only.
        text.AppendLine("        public static void Ping(nn.Module m, int n) { if (n > 0) Pong(m, n - 1); else ViaOne(m); }");
        text.AppendLine("        public static void Pong(nn.Module m, int n) { Ping(m, n); }");
        text.AppendLine("        public static void Even(nn.Module m, int n) { if (n == 0) ViaTwo(m); else Odd(m, n - 1); }");
        text.AppendLine("        public static void Odd(nn.Module m, int n) { if (n == 0) return; Even(m, n - 1); }");
        text.AppendLine("        public static void Self(nn.Module m, int n) { if (n > 0) Self(m, n - 1); else Zero(m); }");
        return text.AppendLine("    }").AppendLine("}").ToString();
    }

    /// <summary>A training method per file; each uses Attention (DG0003 names one of these locations).</summary>
    public static string TrainingRun(int index)
    {
        var chain = (index % 4) switch
        {
            0 => "Prep.ViaOne(a);",
            1 => "Prep.Pong(a, 3);",
            2 => "Prep.Odd(a, 3); Prep.Even(a, 2);",
            _ => "Prep.Self(a, 2);",
        };
        return Usings + $$"""
            namespace Corpus.Runs
            {
                public sealed class DpoRun{{index:D2}}
                {
                    public void TrainDpo{{index}}()
                    {
                        var a = new Gpt(64);
                        {{chain}}
                        var b = Prep.Quiet(new Gpt(32));
                        var policy = new Block();
                        var reference = new Attention();
                        var trainer = new DpoTrainer(policy, reference);
                        var other = new DpoTrainer(a, b);
                    }

                    public void Unused{{index}}(nn.Module m) => Prep.Chain{{(index % 4) + 4}}_0(m);
                }
            }
            """;
    }

    public static IReadOnlyList<SyntaxTree> Trees(int runs, int maxDepth)
    {
        var trees = new List<SyntaxTree>
        {
            ReliabilityCompilation.Parse(Models, "/corpus/Models.cs"),
            ReliabilityCompilation.Parse(Helpers(maxDepth), "/corpus/Prep.cs"),
        };
        for (var index = 0; index < runs; index++)
            trees.Add(ReliabilityCompilation.Parse(TrainingRun(index), $"/corpus/Runs/DpoRun{index:D2}.cs"));
        // Chain blocks of their own, so the long chains are analysed as blocks too, in whatever order the host picks.
        return trees;
    }
}
