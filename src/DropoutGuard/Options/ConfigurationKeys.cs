using System;
using System.Collections.Immutable;

namespace DropoutGuard.Options
{
    /// <summary>The dropout_guard.* keys DropoutGuard reads, and the nearest of them to a mistyped key.</summary>
    internal static class ConfigurationKeys
    {
        public const string Prefix = "dropout_guard.";

        public static readonly ImmutableArray<string> All = ImmutableArray.Create(
            DropoutGuardOptions.TrainingWordsKey,
            DropoutGuardOptions.AdditionalTrainingWordsKey,
            DropoutGuardOptions.TrainingPathKey,
            DropoutGuardOptions.DisableMethodsKey,
            DropoutGuardOptions.DetectObjectivesKey);

        /// <summary>A key in DropoutGuard's namespace that it does not read: a typo, most likely.</summary>
        public static bool IsUnknown(string key)
            => key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && !All.Contains(key.ToLowerInvariant());

        /// <summary>The valid key with the smallest edit distance (ties: the first in <see cref="All"/>).</summary>
        public static string Closest(string key)
        {
            var lowered = key.ToLowerInvariant();
            var best = All[0];
            var bestDistance = int.MaxValue;
            foreach (var candidate in All)
            {
                var distance = EditDistance(lowered, candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /// <summary>Levenshtein distance, two rows; keys are short, but the value is bounded by the caller's shortening anyway.</summary>
        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
                previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }
                var swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.Length];
        }
    }
}
