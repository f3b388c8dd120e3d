using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Blocks whose flow analysis waits for the end of their type, shared by the rules that wait on them: each such block
    /// is walked and assessed once, whichever rule reaches the type's end first. The entry of a type is dropped when every
    /// rule that entered it has left, so the blocks it holds live no longer than the driver's own analysis of the type.
    /// </summary>
    internal sealed class TypeEndBlocks
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, Waiting> _byType = SharedCache.Create<INamedTypeSymbol, Waiting>(SymbolEqualityComparer.Default);
        private readonly FlowServices _services;

        public TypeEndBlocks(FlowServices services) => _services = services;

        /// <summary>The block this thread is analysing at its type's end, if any: the rules' block and the summaries' model come from it.</summary>
        public static RecentBlock? Current => t_current;

        [System.ThreadStatic]
        private static RecentBlock? t_current;

        /// <summary>A rule starts waiting on blocks of <paramref name="type"/>.</summary>
        public void Enter(INamedTypeSymbol type) => Interlocked.Increment(ref WaitingOf(type).Rules);

        /// <summary>The block the rules share for this declaration: the one whose gate facts this thread has just read.</summary>
        public RecentBlock Keep(INamedTypeSymbol type, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
            => WaitingOf(type).Blocks.GetOrAdd(blocks[0].Syntax, _services.Recent.For(owningSymbol, blocks));

        /// <summary>
        /// Runs <paramref name="analyze"/> on a kept block, one rule at a time, with the block as <see cref="Current"/>: the
        /// rule reads the shared facts and flow result, and summaries read the driver's model of the block's file.
        /// </summary>
        public static void Analyze(RecentBlock block, System.Action analyze)
        {
            lock (block)
            {
                var outer = t_current;
                t_current = block;
                try
                {
                    analyze();
                }
                finally
                {
                    t_current = outer;
                }
            }
        }

        /// <summary>A rule has analysed every block it kept for <paramref name="type"/>.</summary>
        public void Exit(INamedTypeSymbol type)
        {
            if (_byType.TryGetValue(type, out var waiting) && Interlocked.Decrement(ref waiting.Rules) == 0)
                _byType.TryRemove(type, out _);
        }

        // The driver may run a rule's block actions before its start of the type: the entry is made by whichever comes first.
        private Waiting WaitingOf(INamedTypeSymbol type) => _byType.TryGetValue(type, out var known) ? known : _byType.GetOrAdd(type, new Waiting());

        private sealed class Waiting
        {
            public int Rules;

            public ConcurrentDictionary<SyntaxNode, RecentBlock> Blocks { get; } = new ConcurrentDictionary<SyntaxNode, RecentBlock>();
        }
    }
}
