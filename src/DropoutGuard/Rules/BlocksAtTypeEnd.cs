using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>
    /// A rule's flow analysis of a block, run at the end of the block's type: once the driver has analysed every member
    /// of it (and, by then, most of the compilation around it), what the block's verdicts read of other code (what the
    /// type's members do to a field, summaries of called methods, a recursion cycle) comes from bodies the driver has
    /// bound, instead of bodies the analysis binds ahead of the driver. The gate still runs on each block as it arrives,
    /// in a block action like every rule's, so the rules share its facts; only the blocks it lets through wait. Blocks of
    /// a type with no declaration of its own (top-level statements), and any that arrive after their type's end, are
    /// analysed as they arrive.
    /// </summary>
    internal static class BlocksAtTypeEnd
    {
        /// <param name="needsFlow">The rule's gate: does this block need the flow analysis at all?</param>
        /// <param name="analyze">The rule's analysis of a block that passed the gate, reporting through the given action.</param>
        public static void Register(
            CompilationStartAnalysisContext context,
            FlowServices services,
            Func<ISymbol, ImmutableArray<IOperation>, bool> needsFlow,
            Action<ISymbol, ImmutableArray<IOperation>, Action<Diagnostic>> analyze)
        {
            var byType = new ConcurrentDictionary<INamedTypeSymbol, WaitingBlocks>(SymbolEqualityComparer.Default);
            WaitingBlocks WaitingOf(INamedTypeSymbol type) => byType.TryGetValue(type, out var known) ? known : byType.GetOrAdd(type, new WaitingBlocks());

            context.RegisterSymbolStartAction(start =>
            {
                var type = (INamedTypeSymbol)start.Symbol;
                if (type.IsImplicitlyDeclared)
                    return;
                services.TypeEnds.Enter(type);
                start.RegisterSymbolEndAction(end =>
                {
                    try
                    {
                        // The closed entry stays, so a block arriving after the end is analysed at once rather than kept.
                        foreach (var block in WaitingOf(type).Close())
                            TypeEndBlocks.Analyze(block, () => analyze(block.OwningSymbol, block.Blocks, end.ReportDiagnostic));
                    }
                    finally
                    {
                        services.TypeEnds.Exit(type);
                    }
                });
            }, SymbolKind.NamedType);

            context.RegisterOperationBlockAction(block =>
            {
                if (block.OperationBlocks.IsEmpty || !needsFlow(block.OwningSymbol, block.OperationBlocks))
                    return;
                if (block.OwningSymbol.ContainingType is { IsImplicitlyDeclared: false } type
                    && WaitingOf(type).TryAdd(services.TypeEnds.Keep(type, block.OwningSymbol, block.OperationBlocks)))
                {
                    return;
                }
                analyze(block.OwningSymbol, block.OperationBlocks, block.ReportDiagnostic);
            });
        }

        /// <summary>One rule's blocks of one type, until the type's end closes the list.</summary>
        private sealed class WaitingBlocks
        {
            private readonly List<RecentBlock> _blocks = new List<RecentBlock>();
            private bool _closed;

            /// <summary>False once the type has ended: the caller analyses the block itself.</summary>
            public bool TryAdd(RecentBlock block)
            {
                lock (_blocks)
                {
                    if (_closed)
                        return false;
                    _blocks.Add(block);
                    return true;
                }
            }

            /// <summary>The blocks kept so far, handed over once; later blocks are refused.</summary>
            public RecentBlock[] Close()
            {
                lock (_blocks)
                {
                    _closed = true;
                    var blocks = _blocks.ToArray();
                    _blocks.Clear();
                    return blocks;
                }
            }
        }
    }
}
