using System.Collections.Immutable;
using DropoutGuard.Objectives;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// The cheap decisions, per operation block, of whether a rule needs the flow analysis at all. Most code in a project
    /// that uses TorchSharp (model definitions, inference, data loading) never reaches a walk.
    /// </summary>
    internal static class BlockGate
    {
        /// <summary>The facts of a block, collected once for all rules.</summary>
        public static BlockFacts Facts(this FlowServices services, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            var recent = services.Recent.For(owningSymbol, blocks);
            return recent.Facts ??= BlockFacts.Collect(blocks, services.Types, services.Options.For(TreeOf(blocks)),
                OriginVerdicts.IsInsideModelDefinition(owningSymbol, services.Types));
        }

        /// <summary>
        /// Can a model made in this block be a DG0001 finding here? It must be made here (a creation or a call returning
        /// one), outside a model definition, and something must be able to put it on a path: a training name around the
        /// block, a training call or member store, a source method handed models, or an objective.
        /// </summary>
        public static bool MayReportOrigins(this FlowServices services, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            var facts = services.Facts(owningSymbol, blocks);
            return facts.DecidedMayReportOrigins ?? facts.RememberMayReportOrigins(Decide(services, owningSymbol, blocks, facts));
        }

        private static bool Decide(FlowServices services, ISymbol owningSymbol, ImmutableArray<IOperation> blocks, BlockFacts facts)
        {
            if (!facts.MayMakeModels || OriginVerdicts.IsInsideModelDefinition(owningSymbol, services.Types))
                return false;
            var tree = TreeOf(blocks);
            var options = services.Options.For(tree);
            if (options.TrainingPath is bool forced)
                return forced;
            return facts.MayReachTraining
                || services.Paths.Describe(owningSymbol, tree, options) is not null
                || (options.DetectObjectives && blocks.Length > 0 && ObjectiveGate.MayComputeObjective(blocks[0].Syntax));
        }

        /// <summary>DG0002 needs a train() and another mode call in the same block, or a block walked for DG0001 anyway.</summary>
        public static bool MayReenableDropout(this FlowServices services, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            var facts = services.Facts(owningSymbol, blocks);
            return facts.StoppedEarly || (facts.TrainCalls > 0 && facts.TrainCalls + facts.EvalCalls >= 2);
        }

        private static SyntaxTree? TreeOf(ImmutableArray<IOperation> blocks) => blocks.IsDefaultOrEmpty ? null : blocks[0].Syntax.SyntaxTree;
    }
}
