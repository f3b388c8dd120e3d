using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>Facts about any model value (origin or placeholder) that rules besides DG0001 need.</summary>
    internal static class ValueVerdicts
    {
        /// <summary>Is the model on a DPO/SFT path: made or used in training code, or handed to a trainer?</summary>
        public static bool IsOnTrainingPath(ModelValue value, ModelFlowResult result, FlowServices services)
        {
            if (value is ModelOrigin origin)
                return OriginVerdicts.Assess(origin, result, services).ReportedHere;
            var tree = result.OwningSymbol.Locations.FirstOrDefault(location => location.IsInSource)?.SourceTree;
            var options = services.Options.For(tree);
            if (options.TrainingPath == false)
                return false;
            return value.Sinks.Count > 0
                || MemberEventsOf(value, services).Sinks.Count > 0
                || services.Paths.Describe(result.OwningSymbol, tree, options) is not null;
        }

        /// <summary>Is p = 0 set on it somewhere (here, at creation, or by another member of its type)?</summary>
        public static bool IsDisabled(ModelValue value, ModelFlowResult result, FlowServices services)
        {
            if (value is ModelOrigin origin)
                return OriginVerdicts.Assess(origin, result, services).DropoutState == DropoutState.Disabled;
            var member = MemberEventsOf(value, services);
            return value.IsDisabled || member.Disabled || member.HoldsOnlyDisabledModels;
        }

        private static MemberEvents MemberEventsOf(ModelValue value, FlowServices services)
            => value is ModelPlaceholder { Kind: PlaceholderKind.Member, Symbol: { } symbol } ? services.Members.For(symbol) : MemberEvents.None;

        /// <summary>The name the model goes by in this block.</summary>
        public static string? NameOf(ModelValue value)
            => value switch
            {
                ModelOrigin origin => origin.Target?.Name,
                ModelPlaceholder { Kind: PlaceholderKind.This } => "this",
                ModelPlaceholder placeholder => placeholder.Symbol?.Name,
                _ => null,
            };
    }
}
