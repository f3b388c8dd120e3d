using System.Collections.Immutable;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>DG0004: functional dropout in a module that omits <c>training</c> (default true) keeps dropping after eval().</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FunctionalDropoutWithoutTrainingAnalyzer : TorchSharpAnalyzer
    {
        /// <summary>The functional dropouts whose <c>training</c> defaults to true; alpha_dropout and feature_alpha_dropout default to false.</summary>
        private static readonly ImmutableHashSet<string> TrainingByDefault = ImmutableHashSet.Create("dropout", "dropout1d", "dropout2d", "dropout3d");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DG0004);

        internal override void OnTorchSharpCompilationStart(CompilationStartAnalysisContext context, FlowServices services)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (!OriginVerdicts.IsInsideModelDefinition(block.OwningSymbol, services.Types))
                    return;
                foreach (var site in services.Facts(block.OwningSymbol, block.OperationBlocks).DropoutSites)
                {
                    var name = site.Invocation.TargetMethod.Name;
                    if (site.Kind == DropoutSiteKind.FunctionalDropout && !site.PassesTraining && TrainingByDefault.Contains(name))
                        block.ReportDiagnostic(Diagnostic.Create(Descriptors.DG0004, site.Invocation.Syntax.GetLocation(), "functional." + name));
                }
            });
        }
    }
}
