using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Rules
{
    /// <summary>
    /// Where a model type is used for training, with the stable order messages pick by when there are several:
    /// file path (ordinal), then position, then the description, so the same compilation always names the same place.
    /// </summary>
    internal readonly struct TrainingPlace
    {
        public static readonly IComparer<TrainingPlace> Order = Comparer<TrainingPlace>.Create(Compare);

        public TrainingPlace(SyntaxNode syntax, string description)
        {
            Path = syntax.SyntaxTree.FilePath ?? string.Empty;
            Position = syntax.SpanStart;
            Description = description;
        }

        public string Path { get; }

        public int Position { get; }

        /// <summary>"'DpoRunner.Run'" or "the top-level statements".</summary>
        public string Description { get; }

        public static TrainingPlace First(TrainingPlace x, TrainingPlace y) => Compare(x, y) <= 0 ? x : y;

        private static int Compare(TrainingPlace x, TrainingPlace y)
        {
            var byPath = string.CompareOrdinal(x.Path, y.Path);
            if (byPath != 0)
                return byPath;
            var byPosition = x.Position.CompareTo(y.Position);
            return byPosition != 0 ? byPosition : string.CompareOrdinal(x.Description, y.Description);
        }
    }
}
