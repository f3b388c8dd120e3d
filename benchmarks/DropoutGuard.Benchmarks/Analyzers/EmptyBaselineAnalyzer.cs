using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Benchmarks.Analyzers
{
    /// <summary>
    /// Registers the action kinds DropoutGuard registers (compilation start, operation block, syntax tree, compilation
    /// end) and does nothing in them: the driver's own cost of those callbacks, the floor for any analyzer of this shape.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyBaselineAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
            "BASE0001", "Never reported", "Never reported", "Baseline", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationBlockAction(_ => { });
                start.RegisterSyntaxTreeAction(_ => { });
                start.RegisterCompilationEndAction(_ => { });
            });
        }
    }
}
