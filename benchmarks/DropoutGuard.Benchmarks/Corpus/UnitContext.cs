using System;
using System.Collections.Generic;

namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// A group of files that reference each other like a small project: model definitions first, then the factories,
    /// services and jobs that use them from other files.
    /// </summary>
    internal sealed class UnitContext
    {
        public UnitContext(int index, Random random)
        {
            Index = index;
            Random = random;
            Namespace = "Corpus.Unit" + index.ToString("D4");
        }

        public int Index { get; }
        public Random Random { get; }
        public string Namespace { get; }

        /// <summary>Model classes defined so far in this unit; every one has the constructor (long vocabulary, long width, double dropout = 0.1).</summary>
        public List<string> Models { get; } = new List<string>();

        /// <summary>Static factory classes defined so far in this unit, each with <c>Create(string path)</c> and <c>CreateFrozen(string path)</c>.</summary>
        public List<(string Factory, string Model)> Factories { get; } = new List<(string, string)>();

        /// <summary>A model of this unit, or the shared fallback when the unit has none yet.</summary>
        public string AnyModel() => Models.Count == 0 ? SharedFiles.FallbackModel : Models[Random.Next(Models.Count)];

        public int Next(int minInclusive, int maxExclusive) => Random.Next(minInclusive, maxExclusive);

        public bool Chance(double probability) => Random.NextDouble() < probability;

        public T Pick<T>(params T[] choices) => choices[Random.Next(choices.Length)];
    }
}
