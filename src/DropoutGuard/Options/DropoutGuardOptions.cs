using System;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.TrainingPaths;

namespace DropoutGuard.Options
{
    /// <summary>The dropout_guard.* settings in force for one syntax tree.</summary>
    internal sealed class DropoutGuardOptions
    {
        public const string TrainingWordsKey = "dropout_guard.training_words";
        public const string AdditionalTrainingWordsKey = "dropout_guard.additional_training_words";
        public const string TrainingPathKey = "dropout_guard.training_path";
        public const string DisableMethodsKey = "dropout_guard.disable_methods";
        public const string DetectObjectivesKey = "dropout_guard.detect_objectives";

        public static readonly ImmutableArray<string> DefaultDisableMethods = ImmutableArray.Create("DisableDropout", "disable_dropout");

        public static readonly DropoutGuardOptions Default = new DropoutGuardOptions(
            TrainingVocabulary.Default, trainingPath: null, DefaultDisableMethods, ImmutableArray<ConfigurationProblem>.Empty);

        /// <summary>Recognise DPO-family objectives by what code computes (on by default).</summary>
        public bool DetectObjectives { get; private set; } = true;

        public DropoutGuardOptions WithDetectObjectives(bool detect)
            => detect == DetectObjectives ? this : new DropoutGuardOptions(Vocabulary, TrainingPath, DisableMethodsInOrder, Problems) { DetectObjectives = detect };

        /// <param name="disableMethods">In configured order: the first one is the method messages recommend.</param>
        public DropoutGuardOptions(TrainingVocabulary vocabulary, bool? trainingPath, ImmutableArray<string> disableMethods, ImmutableArray<ConfigurationProblem> problems)
        {
            Vocabulary = vocabulary;
            TrainingPath = trainingPath;
            DisableMethodsInOrder = disableMethods;
            DisableMethods = disableMethods.ToImmutableHashSet(StringComparer.Ordinal);
            PreferredDisableMethod = disableMethods.IsEmpty ? DefaultDisableMethods[0] : disableMethods[0];
            Problems = problems;
        }

        public TrainingVocabulary Vocabulary { get; }

        /// <summary>true/false forces every location in the file on/off a training path; null leaves it to names and flow.</summary>
        public bool? TrainingPath { get; }

        /// <summary>The disable methods as configured, in order.</summary>
        public ImmutableArray<string> DisableMethodsInOrder { get; }

        /// <summary>Method names that disable dropout on their receiver or arguments.</summary>
        public ImmutableHashSet<string> DisableMethods { get; }

        /// <summary>The first configured disable method, named in messages as the remedy.</summary>
        public string PreferredDisableMethod { get; }

        /// <summary>Values that could not be used; reported as DG0900 and otherwise ignored.</summary>
        public ImmutableArray<ConfigurationProblem> Problems { get; }

        public bool IsDisableMethod(string name) => DisableMethods.Contains(name);

        /// <summary>Comma-separated list, trimmed, empty items dropped.</summary>
        public static ImmutableArray<string> ParseList(string value)
            => value.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToImmutableArray();
    }

    internal readonly struct ConfigurationProblem
    {
        /// <summary>A problem with the whole value.</summary>
        public ConfigurationProblem(string key, string value, string reason)
            : this(key, value, item: null, reason)
        {
        }

        /// <summary>A problem with one <paramref name="item"/> of a list value.</summary>
        public ConfigurationProblem(string key, string value, string? item, string reason)
        {
            Key = key;
            Value = value;
            Item = item;
            Reason = reason;
        }

        public string Key { get; }

        /// <summary>The whole configured value, as written.</summary>
        public string Value { get; }

        /// <summary>The offending list entry; null when the problem is the whole value.</summary>
        public string? Item { get; }

        /// <summary>What is wrong and what happens instead; for an item, a predicate of it ("is not a method name…").</summary>
        public string Reason { get; }
    }
}
