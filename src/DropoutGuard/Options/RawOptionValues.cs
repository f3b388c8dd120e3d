using System;
using System.Collections.Immutable;
using System.Linq;

namespace DropoutGuard.Options
{
    /// <summary>The dropout_guard.* values of one section, compared by value so each distinct set is parsed once.</summary>
    internal sealed class RawOptionValues : IEquatable<RawOptionValues>
    {
        public RawOptionValues(string? trainingWords, string? additionalTrainingWords, string? trainingPath, string? disableMethods,
            string? detectObjectives, ImmutableArray<(string Key, string Value)> unknownKeys)
        {
            DetectObjectives = detectObjectives;
            TrainingWords = trainingWords;
            AdditionalTrainingWords = additionalTrainingWords;
            TrainingPath = trainingPath;
            DisableMethods = disableMethods;
            UnknownKeys = unknownKeys;
        }

        public string? TrainingWords { get; }
        public string? AdditionalTrainingWords { get; }
        public string? TrainingPath { get; }
        public string? DisableMethods { get; }
        public string? DetectObjectives { get; }

        /// <summary>dropout_guard.* keys DropoutGuard does not read, sorted by key.</summary>
        public ImmutableArray<(string Key, string Value)> UnknownKeys { get; }

        public bool IsEmpty => TrainingWords is null && AdditionalTrainingWords is null && TrainingPath is null && DisableMethods is null
            && DetectObjectives is null && UnknownKeys.IsEmpty;

        public bool Equals(RawOptionValues? other)
            => other is not null
            && TrainingWords == other.TrainingWords && AdditionalTrainingWords == other.AdditionalTrainingWords
            && TrainingPath == other.TrainingPath && DisableMethods == other.DisableMethods
            && DetectObjectives == other.DetectObjectives && UnknownKeys.SequenceEqual(other.UnknownKeys);

        public override bool Equals(object? obj) => Equals(obj as RawOptionValues);

        public override int GetHashCode()
            => (((TrainingWords?.GetHashCode() ?? 0) * 31 + (AdditionalTrainingWords?.GetHashCode() ?? 0)) * 31
                + (TrainingPath?.GetHashCode() ?? 0)) * 31 + (DisableMethods?.GetHashCode() ?? 0) + (DetectObjectives?.GetHashCode() ?? 0) * 7 + UnknownKeys.Length;
    }
}
