using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.TrainingPaths;

namespace DropoutGuard.Options
{
    /// <summary>
    /// Turns the raw dropout_guard.* values of one section into options, with at most one problem per key that
    /// summarises everything wrong with its value. Rules every key shares: an empty value counts as not set (and is
    /// reported), <c>unset</c> counts as not set (silently), empty list items are skipped.
    /// </summary>
    internal static class OptionsParser
    {
        private const string EmptyValue = "the value is empty, so it counts as not set and the default applies";

        public static DropoutGuardOptions Parse(RawOptionValues raw)
        {
            if (raw.IsEmpty)
                return DropoutGuardOptions.Default;

            var problems = ImmutableArray.CreateBuilder<ConfigurationProblem>();
            foreach (var (key, value) in raw.UnknownKeys)
                problems.Add(new ConfigurationProblem(key, value, "not a DropoutGuard setting; the closest is '" + ConfigurationKeys.Closest(key) + "'"));

            var words = TrainingVocabulary.DefaultEntries;
            if (Usable(DropoutGuardOptions.TrainingWordsKey, raw.TrainingWords, problems) is { } trainingWords)
                words = Words(DropoutGuardOptions.TrainingWordsKey, trainingWords, "the default training words", problems) ?? words;
            if (Usable(DropoutGuardOptions.AdditionalTrainingWordsKey, raw.AdditionalTrainingWords, problems) is { } additionalWords)
                words = words.AddRange(Words(DropoutGuardOptions.AdditionalTrainingWordsKey, additionalWords, "the default, no additional words", problems) ?? ImmutableArray<string>.Empty);

            bool? trainingPath = null;
            if (Usable(DropoutGuardOptions.TrainingPathKey, raw.TrainingPath, problems) is { } pathValue)
            {
                if (bool.TryParse(pathValue.Trim(), out var forced))
                    trainingPath = forced;
                else
                    problems.Add(new ConfigurationProblem(DropoutGuardOptions.TrainingPathKey, pathValue, "expected true or false; the setting is ignored"));
            }

            var disableMethods = DropoutGuardOptions.DefaultDisableMethods;
            if (Usable(DropoutGuardOptions.DisableMethodsKey, raw.DisableMethods, problems) is { } methodsValue)
                disableMethods = DisableMethods(methodsValue, problems) ?? disableMethods;

            var detectObjectives = true;
            if (Usable(DropoutGuardOptions.DetectObjectivesKey, raw.DetectObjectives, problems) is { } detectValue)
            {
                if (bool.TryParse(detectValue.Trim(), out var detect))
                    detectObjectives = detect;
                else
                    problems.Add(new ConfigurationProblem(DropoutGuardOptions.DetectObjectivesKey, detectValue, "expected true or false; objectives are detected"));
            }

            var vocabulary = words.SequenceEqual(TrainingVocabulary.DefaultEntries) ? TrainingVocabulary.Default : new TrainingVocabulary(words);
            return new DropoutGuardOptions(vocabulary, trainingPath, disableMethods, problems.ToImmutable()).WithDetectObjectives(detectObjectives);
        }

        /// <summary>The value to parse, or null when the key counts as not set (absent, <c>unset</c>, or empty: reported).</summary>
        private static string? Usable(string key, string? value, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            if (value is null || string.Equals(value.Trim(), "unset", StringComparison.OrdinalIgnoreCase))
                return null;
            if (value.Trim().Length == 0)
            {
                problems.Add(new ConfigurationProblem(key, value, EmptyValue));
                return null;
            }
            return value;
        }

        /// <summary>The usable words, or null when the whole list falls back to <paramref name="fallback"/>.</summary>
        private static ImmutableArray<string>? Words(string key, string value, string fallback, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            var list = DropoutGuardOptions.ParseList(value);
            var bad = list.Where(word => !HasWord(word)).ToList();
            if (bad.Count == list.Length)
            {
                var what = list.IsEmpty ? "it names no word" : "no entry has a letter or digit: " + QuotedValue.Items(bad);
                problems.Add(new ConfigurationProblem(key, value, what + "; the whole list falls back to " + fallback));
                return null;
            }
            if (bad.Count > 0)
                problems.Add(new ConfigurationProblem(key, value, Ignored(bad, "has no letter or digit", "have no letter or digit")));
            return list.Where(HasWord).ToImmutableArray();
        }

        private static ImmutableArray<string>? DisableMethods(string value, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            var list = DropoutGuardOptions.ParseList(value);
            var valid = new List<string>();
            var bad = new List<string>();
            foreach (var entry in list)
            {
                if (DisableMethodNames.TryParse(entry, out var name))
                    valid.Add(name);
                else
                    bad.Add(entry);
            }
            if (valid.Count == 0)
            {
                var what = list.IsEmpty ? "it names no method" : "no entry is a C# identifier: " + QuotedValue.Items(bad);
                problems.Add(new ConfigurationProblem(DropoutGuardOptions.DisableMethodsKey, value,
                    what + "; the whole list falls back to the defaults " + string.Join(", ", DropoutGuardOptions.DefaultDisableMethods)));
                return null;
            }
            if (bad.Count > 0)
                problems.Add(new ConfigurationProblem(DropoutGuardOptions.DisableMethodsKey, value, Ignored(bad, "is not a C# identifier", "are not C# identifiers")));
            return valid.ToImmutableArray();
        }

        /// <summary>"'1bad' is not a C# identifier and is ignored" or "2,000 entries are not C# identifiers and are ignored: '1bad', …".</summary>
        private static string Ignored(IReadOnlyList<string> bad, string singular, string plural)
            => bad.Count == 1
                ? QuotedValue.Items(bad) + " " + singular + " and is ignored"
                : QuotedValue.Count(bad.Count) + " entries " + plural + " and are ignored: " + QuotedValue.Items(bad);

        /// <summary>Splits into at least one word, so the vocabulary can use it (letters outside the BMP included).</summary>
        private static bool HasWord(string value) => !IdentifierWords.Split(value).IsEmpty;
    }
}
