using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Rules
{
    /// <summary>DG0002: train() after an eval()/train(false) that was the only thing keeping dropout off.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TrainReenablesDropoutAnalyzer : TorchSharpAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DG0002);

        internal override void OnTorchSharpCompilationStart(CompilationStartAnalysisContext context, FlowServices services)
        {
            BlocksAtTypeEnd.Register(context, services, services.MayReenableDropout, (owningSymbol, blocks, report) =>
            {
                var result = services.AnalyzeBlock(owningSymbol, blocks);
                var reported = new HashSet<IOperation>();
                foreach (var value in AllValues(result))
                {
                    if (value.Trains.Count == 0 || value.Evals.Count == 0 || !OnlyEvalKeepsDropoutOff(value, result, services))
                        continue;
                    foreach (var train in value.Trains)
                    {
                        var eval = value.Evals.FirstOrDefault(candidate => ExecutionOrder.CanRunAfter(train, candidate) && !ModeBrackets.Restores(train, candidate));
                        if (eval is null || !reported.Add(train))
                            continue;
                        report(Create(train, eval, value, services.Options.For(train.Syntax.SyntaxTree).PreferredDisableMethod));
                    }
                }
            });
        }

        /// <summary>
        /// On a DPO/SFT path, with dropout not disabled. A model made here must be off by eval() alone: one still on is
        /// DG0001's finding (one finding per problem).
        /// </summary>
        private static bool OnlyEvalKeepsDropoutOff(ModelValue value, ModelFlowResult result, FlowServices services)
        {
            if (value is ModelOrigin origin)
            {
                var verdict = OriginVerdicts.Assess(origin, result, services);
                return verdict.ReportedHere && verdict.DropoutState == DropoutState.EvalOnly;
            }
            return !ValueVerdicts.IsDisabled(value, result, services) && ValueVerdicts.IsOnTrainingPath(value, result, services);
        }

        private static IEnumerable<ModelValue> AllValues(ModelFlowResult result)
        {
            foreach (var origin in result.Origins)
                yield return origin;
            foreach (var placeholder in result.Placeholders.Values)
                yield return placeholder;
            if (result.This is { } self)
                yield return self;
        }

        private static Diagnostic Create(IInvocationOperation train, IInvocationOperation eval, ModelValue value, string disableMethod)
        {
            var receiver = ReceiverText(train) ?? ValueVerdicts.NameOf(value) ?? "model";
            var role = ModelRoles.Describe(ValueVerdicts.NameOf(value) ?? receiver);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Name, ReceiverText(eval) ?? receiver)
                .Add(DiagnosticProperties.Role, role);
            return Diagnostic.Create(
                Descriptors.DG0002,
                train.Syntax.GetLocation(),
                additionalLocations: new[] { eval.Syntax.GetLocation() },
                properties: properties,
                receiver, CallText(train), role, CallText(eval), disableMethod);
        }

        private static string? ReceiverText(IInvocationOperation invocation)
            => invocation.Instance is { IsImplicit: false } instance ? instance.Syntax.ToString() : null;

        private static string CallText(IInvocationOperation invocation)
            => invocation.Arguments.Any(argument => argument.ArgumentKind == ArgumentKind.Explicit)
                ? invocation.TargetMethod.Name + "(" + string.Join(", ", invocation.Arguments.Where(a => a.ArgumentKind == ArgumentKind.Explicit).Select(a => a.Value.Syntax.ToString())) + ")"
                : invocation.TargetMethod.Name + "()";
    }
}
