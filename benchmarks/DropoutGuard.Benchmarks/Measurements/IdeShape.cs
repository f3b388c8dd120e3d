using System.Linq;
using DropoutGuard.Benchmarks.Compilations;
using DropoutGuard.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>
    /// The setting of the IDE shape (f): a corpus whose last unit is replaced by a 2,000-line DPO/SFT/KTO job, that job's
    /// file open in the editor, and a file from the middle of the corpus to warm the driver on.
    /// </summary>
    public sealed record IdeShape(ParsedCorpus Corpus, SyntaxTree OpenFile, SyntaxTree WarmUpFile)
    {
        public static IdeShape From(ParsedCorpus corpus)
        {
            var unit = CorpusGenerator.LongTrainingUnit(2000);
            var withUnit = new ParsedCorpus(corpus.Files.Take(corpus.Files.Count - unit.Count).Concat(unit).ToList());
            return new IdeShape(withUnit, withUnit.Trees[withUnit.Trees.Length - 1], withUnit.Trees[withUnit.Trees.Length / 2]);
        }
    }
}
