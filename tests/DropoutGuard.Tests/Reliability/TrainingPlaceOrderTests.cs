using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Reliability;

/// <summary>DG0003 names one training location when there are several: the first by file path, then position.</summary>
public class TrainingPlaceOrderTests
{
    private static (string, string) Run(string path, string className, string body) => (path, DeterminismCorpus.Usings + $$"""
        namespace Corpus.Runs
        {
            public sealed class {{className}}
            {
                public void Train() { {{body}} }
            }
        }
        """);

    [Fact]
    public async Task The_first_training_place_by_file_and_position_is_named_in_every_order()
    {
        var files = new[]
        {
            ("/src/Models.cs", DeterminismCorpus.Models),
            Run("/src/Z/DpoLast.cs", "DpoLast", "var p = new Attention(); var t = new DpoTrainer(p, p);"),
            Run("/src/A/DpoFirst.cs", "DpoFirst", "var g = new Gpt(1); var p = new Block(); var t = new DpoTrainer(p, g);"),
            Run("/src/M/DpoMiddle.cs", "DpoMiddle", "var p = new Attention(); var t = new DpoTrainer(p, p);"),
        };
        foreach (var order in new[] { files, files.Reverse().ToArray() })
        {
            var message = Assert.Single(await SequentialAnalysis.DiagnosticsAsync(order), diagnostic => diagnostic.Id == RuleIds.UnreachableDropout).GetMessage();
            // Attention is reached from DpoFirst only through Block's field: still the first place by path.
            Assert.Contains("used for DPO/SFT in 'DpoFirst.Train'", message);
        }
    }
}
