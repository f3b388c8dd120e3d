using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// The block each thread analysed last, with its facts, flow result and verdicts, so the rules after the first read
    /// them instead of recomputing: the driver runs every analyzer's actions for one declaration in turn on one thread.
    /// One slot per thread (by id), owned by this compilation: no lock, nothing kept beyond a block per thread, and a
    /// block met on another thread is just analysed again there.
    /// </summary>
    internal sealed class RecentBlocks
    {
        private const int SlotCount = 64;
        private readonly RecentBlock?[] _slots = new RecentBlock?[SlotCount];

        public RecentBlock For(ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            // A block analysed at its type's end is read apart from the slot, which the block actions the driver runs on
            // this thread between a declaration's rules keep for themselves.
            if (TypeEndBlocks.Current is { } atTypeEnd && atTypeEnd.Is(owningSymbol, blocks))
                return atTypeEnd;
            var slot = Thread.CurrentThread.ManagedThreadId & (SlotCount - 1);
            var recent = Volatile.Read(ref _slots[slot]);
            if (recent is not null && recent.Is(owningSymbol, blocks))
                return recent;
            recent = new RecentBlock(owningSymbol, blocks);
            Volatile.Write(ref _slots[slot], recent);
            return recent;
        }
    }

    /// <summary>One block and what has been computed about it so far; used by one thread at a time.</summary>
    internal sealed class RecentBlock
    {
        public RecentBlock(ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            OwningSymbol = owningSymbol;
            Blocks = blocks;
        }

        public ISymbol OwningSymbol { get; }
        public ImmutableArray<IOperation> Blocks { get; }
        public BlockFacts? Facts { get; set; }
        public ModelFlowResult? Result { get; set; }

        /// <summary>The verdict of each of <see cref="Result"/>'s origins, in order.</summary>
        public ImmutableArray<OriginVerdict> Verdicts { get; set; }

        /// <summary>Same declaration, same syntax: the driver may hand each analyzer its own operation objects.</summary>
        public bool Is(ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            if (blocks.Length != Blocks.Length || !SymbolEqualityComparer.Default.Equals(owningSymbol, OwningSymbol))
                return false;
            for (var i = 0; i < blocks.Length; i++)
            {
                if (blocks[i].Syntax != Blocks[i].Syntax)
                    return false;
            }
            return true;
        }
    }
}
