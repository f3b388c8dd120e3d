using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.TrainingPaths;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Options
{
    /// <summary>
    /// Reads dropout_guard.* per syntax tree (so .editorconfig sections apply) and parses each distinct
    /// combination of raw values once per compilation.
    /// </summary>
    internal sealed class OptionsReader
    {
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<SyntaxTree, DropoutGuardOptions> _byTree = new ConcurrentDictionary<SyntaxTree, DropoutGuardOptions>();
        private readonly ConcurrentDictionary<RawValues, DropoutGuardOptions> _byValues = new ConcurrentDictionary<RawValues, DropoutGuardOptions>();

        public OptionsReader(AnalyzerConfigOptionsProvider provider) => _provider = provider;

        public DropoutGuardOptions For(SyntaxTree? tree)
        {
            if (tree is null)
                return DropoutGuardOptions.Default;
            return _byTree.GetOrAdd(tree, t =>
            {
                var options = _provider.GetOptions(t);
                var raw = new RawValues(
                    Read(options, DropoutGuardOptions.TrainingWordsKey),
                    Read(options, DropoutGuardOptions.AdditionalTrainingWordsKey),
                    Read(options, DropoutGuardOptions.TrainingPathKey),
                    Read(options, DropoutGuardOptions.DisableMethodsKey),
                    Read(options, DropoutGuardOptions.DetectObjectivesKey));
                return _byValues.GetOrAdd(raw, Parse);
            });
        }

        private static string? Read(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out var value) ? value : null;

        private static DropoutGuardOptions Parse(RawValues raw)
        {
            if (raw.IsEmpty)
                return DropoutGuardOptions.Default;

            var problems = ImmutableArray.CreateBuilder<ConfigurationProblem>();
            var words = TrainingVocabulary.DefaultEntries;
            if (raw.TrainingWords is not null)
            {
                var list = ParseWords(DropoutGuardOptions.TrainingWordsKey, raw.TrainingWords, problems);
                if (list.IsEmpty)
                    problems.Add(new ConfigurationProblem(DropoutGuardOptions.TrainingWordsKey, raw.TrainingWords, "it names no word, so the default training words are used"));
                else
                    words = list;
            }
            if (raw.AdditionalTrainingWords is not null)
                words = words.AddRange(ParseWords(DropoutGuardOptions.AdditionalTrainingWordsKey, raw.AdditionalTrainingWords, problems));

            bool? trainingPath = null;
            if (raw.TrainingPath is not null)
            {
                if (bool.TryParse(raw.TrainingPath.Trim(), out var forced))
                    trainingPath = forced;
                else
                    problems.Add(new ConfigurationProblem(DropoutGuardOptions.TrainingPathKey, raw.TrainingPath, "expected true or false, so the setting is ignored"));
            }

            var disableMethods = DropoutGuardOptions.DefaultDisableMethods;
            if (raw.DisableMethods is not null)
            {
                var list = DropoutGuardOptions.ParseList(raw.DisableMethods);
                var valid = list.Where(name => SyntaxFacts.IsValidIdentifier(name)).ToImmutableArray();
                if (valid.IsEmpty)
                {
                    problems.Add(new ConfigurationProblem(DropoutGuardOptions.DisableMethodsKey, raw.DisableMethods, "it names no valid method, so the defaults are used"));
                }
                else
                {
                    foreach (var name in list.Except(valid))
                        problems.Add(new ConfigurationProblem(DropoutGuardOptions.DisableMethodsKey, raw.DisableMethods, name, "is not a method name and is ignored"));
                    disableMethods = valid;
                }
            }

            var detectObjectives = true;
            if (raw.DetectObjectives is not null)
            {
                if (bool.TryParse(raw.DetectObjectives.Trim(), out var detect))
                    detectObjectives = detect;
                else
                    problems.Add(new ConfigurationProblem(DropoutGuardOptions.DetectObjectivesKey, raw.DetectObjectives, "expected true or false; objectives are detected"));
            }

            var vocabulary = words.SequenceEqual(TrainingVocabulary.DefaultEntries) ? TrainingVocabulary.Default : new TrainingVocabulary(words);
            return new DropoutGuardOptions(vocabulary, trainingPath, disableMethods, problems.ToImmutable())
                .WithDetectObjectives(detectObjectives);
        }

        /// <summary>The usable words of a list; each entry without a letter or digit is reported under the list's own key.</summary>
        private static ImmutableArray<string> ParseWords(string key, string value, ImmutableArray<ConfigurationProblem>.Builder problems)
        {
            var list = DropoutGuardOptions.ParseList(value);
            foreach (var word in list.Where(word => !HasWord(word)))
                problems.Add(new ConfigurationProblem(key, value, word, "contains no letter or digit and is ignored"));
            return list.Where(HasWord).ToImmutableArray();
        }

        private static bool HasWord(string value) => value.Any(char.IsLetterOrDigit);

        private readonly struct RawValues : IEquatable<RawValues>
        {
            public RawValues(string? trainingWords, string? additionalTrainingWords, string? trainingPath, string? disableMethods, string? detectObjectives)
            {
                DetectObjectives = detectObjectives;
                TrainingWords = trainingWords;
                AdditionalTrainingWords = additionalTrainingWords;
                TrainingPath = trainingPath;
                DisableMethods = disableMethods;
            }

            public string? TrainingWords { get; }
            public string? AdditionalTrainingWords { get; }
            public string? TrainingPath { get; }
            public string? DisableMethods { get; }
            public string? DetectObjectives { get; }

            public bool IsEmpty => TrainingWords is null && AdditionalTrainingWords is null && TrainingPath is null && DisableMethods is null && DetectObjectives is null;

            public bool Equals(RawValues other)
                => TrainingWords == other.TrainingWords && AdditionalTrainingWords == other.AdditionalTrainingWords
                && TrainingPath == other.TrainingPath && DisableMethods == other.DisableMethods
                && DetectObjectives == other.DetectObjectives;

            public override bool Equals(object? obj) => obj is RawValues other && Equals(other);

            public override int GetHashCode()
                => ((TrainingWords?.GetHashCode() ?? 0) * 31 + (AdditionalTrainingWords?.GetHashCode() ?? 0)) * 31
                 + (TrainingPath?.GetHashCode() ?? 0) * 17 + (DisableMethods?.GetHashCode() ?? 0) + (DetectObjectives?.GetHashCode() ?? 0) * 7;
        }
    }
}
