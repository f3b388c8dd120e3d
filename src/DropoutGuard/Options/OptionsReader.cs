using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
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
        private readonly ConcurrentDictionary<SyntaxTree, DropoutGuardOptions> _byTree = DropoutGuard.Flow.SharedCache.Create<SyntaxTree, DropoutGuardOptions>();
        private readonly ConcurrentDictionary<RawOptionValues, DropoutGuardOptions> _byValues = new ConcurrentDictionary<RawOptionValues, DropoutGuardOptions>();

        public OptionsReader(AnalyzerConfigOptionsProvider provider) => _provider = provider;

        public DropoutGuardOptions For(SyntaxTree? tree)
        {
            if (tree is null)
                return DropoutGuardOptions.Default;
            // Read before adding: the factory is an instance method, so passing it makes a delegate.
            return _byTree.TryGetValue(tree, out var known) ? known : _byTree.GetOrAdd(tree, Parse(tree));
        }

        private DropoutGuardOptions Parse(SyntaxTree tree)
        {
            var options = _provider.GetOptions(tree);
            var raw = new RawOptionValues(
                Read(options, DropoutGuardOptions.TrainingWordsKey),
                Read(options, DropoutGuardOptions.AdditionalTrainingWordsKey),
                Read(options, DropoutGuardOptions.TrainingPathKey),
                Read(options, DropoutGuardOptions.DisableMethodsKey),
                Read(options, DropoutGuardOptions.DetectObjectivesKey),
                UnknownKeys(options));
            return _byValues.GetOrAdd(raw, OptionsParser.Parse);
        }

        private static string? Read(AnalyzerConfigOptions options, string key)
            => options.TryGetValue(key, out var value) ? value : null;

        /// <summary>dropout_guard.* keys that are not settings, sorted so equal sections compare equal.</summary>
        private static ImmutableArray<(string Key, string Value)> UnknownKeys(AnalyzerConfigOptions options)
        {
            IEnumerable<string> keys;
            try
            {
                keys = options.Keys;
            }
            catch (NotImplementedException)
            {
                // Hosts written before Roslyn exposed the keys cannot list them: nothing to check there.
                return ImmutableArray<(string, string)>.Empty;
            }
            return keys
                .Where(ConfigurationKeys.IsUnknown)
                .OrderBy(key => key, StringComparer.Ordinal)
                .Select(key => (key, Read(options, key) ?? string.Empty))
                .ToImmutableArray();
        }
    }
}
