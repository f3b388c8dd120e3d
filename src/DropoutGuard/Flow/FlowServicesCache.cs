using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DropoutGuard.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// One <see cref="FlowServices"/> per compilation, shared by all rules, so a block is walked once whichever rules read it.
    /// </summary>
    internal static class FlowServicesCache
    {
        private static readonly ConditionalWeakTable<Compilation, Holder> s_byCompilation = new ConditionalWeakTable<Compilation, Holder>();

        /// <summary>Null when TorchSharp is not referenced.</summary>
        public static FlowServices? For(Compilation compilation, AnalyzerOptions options)
            => s_byCompilation.GetValue(compilation, c => new Holder(Create(c, options))).Services;

        private static FlowServices? Create(Compilation compilation, AnalyzerOptions options)
        {
            var types = TorchSharpTypes.TryCreate(compilation);
            return types is null ? null : new FlowServices(compilation, types, new OptionsReader(options.AnalyzerConfigOptionsProvider));
        }

        /// <summary>The flow result of the block being analysed, computed once for all rules.</summary>
        public static ModelFlowResult AnalyzeBlock(this FlowServices services, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
            => ResultOf(services, services.Recent.For(owningSymbol, blocks));

        /// <summary>The flow result of the block being analysed and the verdict of each origin in it, computed once for all rules.</summary>
        public static (ModelFlowResult Result, ImmutableArray<OriginVerdict> Verdicts) AssessBlock(this FlowServices services, ISymbol owningSymbol, ImmutableArray<IOperation> blocks)
        {
            var recent = services.Recent.For(owningSymbol, blocks);
            var result = ResultOf(services, recent);
            if (recent.Verdicts.IsDefault)
            {
                var verdicts = ImmutableArray.CreateBuilder<OriginVerdict>(result.Origins.Length);
                foreach (var origin in result.Origins)
                    verdicts.Add(OriginVerdicts.Assess(origin, result, services));
                recent.Verdicts = verdicts.MoveToImmutable();
            }
            return (result, recent.Verdicts);
        }

        private static ModelFlowResult ResultOf(FlowServices services, RecentBlock recent)
            => recent.Result ??= services.Walk(recent.Blocks, recent.OwningSymbol, depth: 0);

        private sealed class Holder
        {
            public Holder(FlowServices? services) => Services = services;

            public FlowServices? Services { get; }
        }
    }
}
