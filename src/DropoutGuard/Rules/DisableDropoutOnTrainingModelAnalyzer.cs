using System.Collections.Immutable;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>DG0001: a model constructed or loaded here reaches DPO/SFT training with dropout still on.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DisableDropoutOnTrainingModelAnalyzer : TorchSharpAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DG0001);

        internal override void OnTorchSharpCompilationStart(CompilationStartAnalysisContext context, FlowServices services)
        {
            BlocksAtTypeEnd.Register(context, services, services.MayReportOrigins, (owningSymbol, blocks, report) =>
            {
                var (result, verdicts) = services.AssessBlock(owningSymbol, blocks);
                for (var i = 0; i < verdicts.Length; i++)
                {
                    var origin = result.Origins[i];
                    var verdict = verdicts[i];
                    if (verdict.IsFinding)
                        report(Diagnostic.Create(Descriptors.DG0001, origin.Operation.Syntax.GetLocation(), FixProperties(origin, services), OriginMessages.Describe(origin, verdict)));
                }
            });
        }

        private static ImmutableDictionary<string, string?> FixProperties(ModelOrigin origin, FlowServices services)
        {
            var kind = origin.Target switch
            {
                ILocalSymbol => ModelTargetKinds.Local,
                IFieldSymbol or IPropertySymbol => ModelTargetKinds.Member,
                IParameterSymbol => ModelTargetKinds.Parameter,
                _ => ModelTargetKinds.Expression,
            };
            return ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Name, origin.Target?.Name)
                .Add(DiagnosticProperties.TargetKind, kind)
                .Add(DiagnosticProperties.Fixable, services.Types.IsModule(origin.Operation.Type) ? "true" : "false");
        }
    }
}
