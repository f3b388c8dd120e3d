using System.Collections.Generic;
using System.Collections.Concurrent;
using DropoutGuard.Benchmarks.Compilations;

namespace DropoutGuard.Benchmarks.Suites
{
    /// <summary>The three corpus sizes, each generated and parsed once per process.</summary>
    public static class CorpusSize
    {
        public static IEnumerable<int> All => new[] { 250, 1000, 4000 };

        private static readonly ConcurrentDictionary<int, ParsedCorpus> s_corpora = new ConcurrentDictionary<int, ParsedCorpus>();

        public static ParsedCorpus Get(int files) => s_corpora.GetOrAdd(files, ParsedCorpus.Generate);
    }
}
