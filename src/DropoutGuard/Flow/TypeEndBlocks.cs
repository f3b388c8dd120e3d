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

        /// <summary>A rule starts waiting on blocks of <paramref name="type"/>.</summary>
        public void Enter(INamedTypeSymbol type)
        {
            var waiting = _byType.TryGetValue(type, out var known) ? known : _byType.GetOrAdd(type, new Waiting());
            Interlocked.Increment(ref waiting.Rules);
        }

        /// <summary>The block the rules share for this declaration: the one whose gate facts this thread has just read.</summary>
        public RecentBlock Keep(INamedTypeSymbol type, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            var recent = _services.Recent.For(owningSymbol, blocks);
            // The driver may run a rule's block actions before its start of the type: the entry is made by whichever comes first.
            var waiting = _byType.TryGetValue(type, out var known) ? known : _byType.GetOrAdd(type, new Waiting());
            return waiting.Blocks.GetOrAdd(blocks[0].Syntax, recent);
        }

        /// <summary>
        /// Runs <paramref name="analyze"/> on a kept block, one rule at a time, as the block this thread is analysing so
        /// the rule reads the shared facts and flow result, with the driver's model of the block's file for summaries.
        /// </summary>
        public void Analyze(RecentBlock block, System.Action analyze)
        {
            lock (block)
            {
                RecentBlocks.AtTypeEnd(block, () => _services.WithDriverModelOf(block.Blocks[0], analyze));
            }
        }

        /// <summary>A rule has analysed every block it kept for <paramref name="type"/>.</summary>
        public void Exit(INamedTypeSymbol type)
        {
            if (_byType.TryGetValue(type, out var waiting) && Interlocked.Decrement(ref waiting.Rules) == 0)
                _byType.TryRemove(type, out _);
        }

        private sealed class Waiting
        {
            public int Rules;

            public ConcurrentDictionary<SyntaxNode, RecentBlock> Blocks { get; } = new ConcurrentDictionary<SyntaxNode, RecentBlock>();
        }
    }
}
