using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    internal enum DropoutState
    {
        Enabled,

        /// <summary>Only eval()/train(false) turned it off: a later train() turns it back on (DG0002's subject).</summary>
        EvalOnly,

        Disabled,
    }

    /// <summary>The analysis' conclusion about one origin, shared by DG0001 and the method summaries.</summary>
    internal readonly struct OriginVerdict
    {
        public OriginVerdict(DropoutState dropoutState, string? pathDescription, TrainingSink? sink, bool reportedHere)
        {
            DropoutState = dropoutState;
            PathDescription = pathDescription;
            Sink = sink;
            ReportedHere = reportedHere;
        }

        public DropoutState DropoutState { get; }

        /// <summary>What puts the origin's location on a DPO/SFT path by name, if anything.</summary>
        public string? PathDescription { get; }

        /// <summary>The first training sink the model reaches, if any.</summary>
        public TrainingSink? Sink { get; }

        /// <summary>The origin belongs to this block's findings (else it is a model definition's part, or left to callers).</summary>
        public bool ReportedHere { get; }

        public bool IsFinding => ReportedHere && DropoutState == DropoutState.Enabled;
    }

    internal static class OriginVerdicts
    {
        /// <param name="consultMembers">
        /// False inside method summaries: what other members of a type do with a field is a whole-type fact computed from
        /// summaries, so summaries that consulted it would depend on which of the two was computed first.
        /// </param>
        public static OriginVerdict Assess(ModelOrigin origin, ModelFlowResult result, FlowServices services, bool consultMembers = true)
        {
            var tree = origin.Operation.Syntax.SyntaxTree;
            var options = services.Options.For(tree);
            var path = services.Paths.Describe(origin.EnclosingSymbol, tree, options);
            var reportable = options.TrainingPath != false
                && !origin.MadeForCallers
                && !IsInsideModelDefinition(origin.EnclosingSymbol, services.Types);
            var disabledHere = origin.DisabledAtCreation || origin.IsDisabled;

            // What the type's other members do to the field is a whole-type summary: asked for only when it can change the verdict.
            var needsMembers = consultMembers && reportable && (origin.Target is IFieldSymbol or IPropertySymbol)
                && (!disabledHere || (path is null && origin.Sinks.Count == 0));
            var member = needsMembers ? services.Members.For(origin.Target!) : MemberEvents.None;

            var state = disabledHere || member.Disabled ? DropoutState.Disabled
                : (origin.EvalAtCreation || origin.Evals.Any(eval => !ModeBrackets.IsRestored(eval, origin)) || member.Evaluated) && !MayBeRetrained(origin) ? DropoutState.EvalOnly
                : DropoutState.Enabled;

            TrainingSink? sink = origin.Sinks.Count > 0 ? origin.Sinks[0] : member.Sinks.Count > 0 ? member.Sinks[0] : null;
            var reported = reportable && (path is not null || sink is not null);
            return new OriginVerdict(state, path, sink, reported);
        }

        /// <summary>
        /// <c>train(x)</c> with a non-constant x after the eval(): the mode may be back on, and DG0002 cannot tell, so eval()
        /// is not trusted.
        /// </summary>
        private static bool MayBeRetrained(ModelOrigin origin)
            => origin.UnknownTrains.Any(train => origin.EvalAtCreation || origin.Evals.Any(eval => ExecutionOrder.CanRunAfter(train, eval)));

        /// <summary>Code in a Module subclass builds submodules of a model definition: never a DG0001 finding.</summary>
        public static bool IsInsideModelDefinition(ISymbol symbol, TorchSharpTypes types) => ContainingModelDefinition(symbol, types) is not null;

        /// <summary>The innermost user Module subclass whose definition holds <paramref name="symbol"/>, if any.</summary>
        public static INamedTypeSymbol? ContainingModelDefinition(ISymbol symbol, TorchSharpTypes types)
        {
            for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (types.IsUserModuleType(type))
                    return type.OriginalDefinition;
            }
            return null;
        }
    }
}
