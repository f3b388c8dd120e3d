using DropoutGuard.Tests.Packaging;

namespace DropoutGuard.Tests.Documentation;

/// <summary>
/// What the documentation's examples may use without declaring it: the README's <c>Demo.Models.Gpt</c> (the model of the
/// package tests), a <c>DpoTrainer</c> and its <c>Batch</c>, and the usings a TorchSharp file usually has.
/// </summary>
internal static class DocumentationContext
{
    public static IEnumerable<(string Path, string Text)> Files =>
    [
        ("/context/Gpt.cs", ConsumerSources.Model),
        ("/context/Training.cs", Training),
    ];

    private const string Training = """
        global using System;
        global using System.Collections.Generic;
        global using TorchSharp;
        global using TorchSharp.Modules;
        global using TorchSharp.PyBridge;
        global using Demo.Models;
        global using Demo.Training;
        global using static TorchSharp.torch;

        namespace Demo.Training
        {
            public sealed class Batch
            {
            }

            public sealed class DpoTrainer
            {
                public DpoTrainer(nn.Module policy, nn.Module reference)
                {
                }

                public void Train(IEnumerable<Batch> batches)
                {
                }
            }
        }
        """;
}
