using System;
using System.Collections.Generic;

namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// A seeded, deterministic corpus of TorchSharp code. Files come in units of eight that reference each other:
    /// two model definitions, a factory, an inference service, a pretraining loop, a classification fine-tuning and two
    /// DPO/SFT/KTO jobs. Each file's length is drawn between 50 and 400 lines. The same seed and size give the same text.
    /// </summary>
    public static class CorpusGenerator
    {
        public const int DefaultSeed = 20261201;
        public const int MinLines = 50;
        public const int MaxLines = 400;

        private static readonly string[] UnitLayout = { "model", "model", "factory", "inference", "pretraining", "classification", "preference", "preference" };

        public static IReadOnlyList<CorpusFile> Generate(int fileCount, int seed = DefaultSeed)
        {
            var files = new List<CorpusFile>(SharedFiles.All());
            var random = new Random(seed);
            UnitContext? unit = null;
            for (var index = 0; files.Count < fileCount; index++)
            {
                var slot = index % UnitLayout.Length;
                if (slot == 0)
                    unit = new UnitContext(index / UnitLayout.Length, new Random(random.Next()));
                files.Add(CreateFile(unit!, UnitLayout[slot], index, unit!.Next(MinLines, MaxLines + 1)));
            }
            return files;
        }

        /// <summary>
        /// The IDE shape's subject: a model, its factory and one DPO/SFT/KTO job file of about <paramref name="lines"/> lines
        /// that uses them (the last of the three).
        /// </summary>
        public static IReadOnlyList<CorpusFile> LongTrainingUnit(int lines, int seed = DefaultSeed)
        {
            var unit = new UnitContext(9999, new Random(seed));
            var model = ModelFiles.Create(unit, 9990, 80);
            var factory = FactoryFiles.Create(unit, 9991, 60);
            var job = PreferenceJobFiles.Create(unit, 9992, lines, minimumRuns: lines / 30);
            return new[] { model, factory, job };
        }

        private static CorpusFile CreateFile(UnitContext unit, string kind, int index, int lines) => kind switch
        {
            "model" => ModelFiles.Create(unit, index, lines),
            "factory" => FactoryFiles.Create(unit, index, lines),
            "inference" => InferenceFiles.Create(unit, index, lines),
            "pretraining" => PretrainingFiles.Create(unit, index, lines, classification: false),
            "classification" => PretrainingFiles.Create(unit, index, lines, classification: true),
            _ => PreferenceJobFiles.Create(unit, index, lines),
        };
    }
}
