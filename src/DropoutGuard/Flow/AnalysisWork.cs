using System.Threading;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// How much the analysis of one compilation walked: a machine-independent measure of cost, so tests can prove that
    /// work grows with the code (not faster) without timing anything. Interlocked adds only; never read by the rules.
    /// </summary>
    internal sealed class AnalysisWork
    {
        private long _blocksWalked;
        private long _syntaxWalked;
        private long _summariesComputed;

        /// <summary>Operation blocks handed to the flow walker (top-level blocks, summaries, member initialisers).</summary>
        public long BlocksWalked => Interlocked.Read(ref _blocksWalked);

        /// <summary>Characters of source under those blocks: proportional to the operations the walker visits.</summary>
        public long SyntaxWalked => Interlocked.Read(ref _syntaxWalked);

        /// <summary>Method summaries computed (each (method, depth) at most once, complete ones once per method).</summary>
        public long SummariesComputed => Interlocked.Read(ref _summariesComputed);

        public void BlockWalked(int syntaxLength)
        {
            Interlocked.Increment(ref _blocksWalked);
            Interlocked.Add(ref _syntaxWalked, syntaxLength);
        }

        public void SummaryComputed() => Interlocked.Increment(ref _summariesComputed);
    }
}
