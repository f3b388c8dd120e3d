using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DropoutGuard.TrainingPaths
{
    /// <summary>
    /// The words and phrases that mark DPO/SFT code. A phrase matches consecutive identifier words, also when the
    /// identifier glues some of them together ("Finetuning" matches "fine tuning").
    /// </summary>
    internal sealed class TrainingVocabulary
    {
        public static readonly ImmutableArray<string> DefaultEntries = ImmutableArray.Create(
            "dpo", "sft", "orpo", "kto", "simpo", "rlhf",
            "direct preference", "preference optimization", "supervised fine tuning");

        public static readonly TrainingVocabulary Default = new TrainingVocabulary(DefaultEntries);

        private readonly ConcurrentDictionary<string, bool> _matches = DropoutGuard.Flow.SharedCache.Create<string, bool>(StringComparer.Ordinal);

        public TrainingVocabulary(IEnumerable<string> entries)
        {
            Entries = entries
                .Select(entry => string.Concat(IdentifierWords.Split(entry)))
                .Where(joined => joined.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
        }

        /// <summary>Entries with their words glued together ("supervisedfinetuning").</summary>
        public ImmutableArray<string> Entries { get; }

        public bool IsEmpty => Entries.IsEmpty;

        /// <summary>Does <paramref name="identifier"/> contain a training word on word boundaries? Memoised.</summary>
        public bool Matches(string identifier)
        {
            if (IsEmpty || string.IsNullOrEmpty(identifier))
                return false;
            // Read before adding: a lambda over this instance would be a new delegate on every call.
            if (_matches.TryGetValue(identifier, out var known))
                return known;
            return _matches.GetOrAdd(identifier, FindMatch(IdentifierWords.Split(identifier)) is not null);
        }

        /// <summary>The entry found in <paramref name="words"/>, or null.</summary>
        public string? FindMatch(ImmutableArray<string> words)
        {
            for (var start = 0; start < words.Length; start++)
            {
                var glued = string.Empty;
                for (var end = start; end < words.Length; end++)
                {
                    glued += words[end];
                    foreach (var entry in Entries)
                    {
                        if (string.Equals(entry, glued, StringComparison.Ordinal))
                            return entry;
                    }
                    if (!Entries.Any(entry => entry.StartsWith(glued, StringComparison.Ordinal)))
                        break;
                }
            }
            return null;
        }
    }
}
