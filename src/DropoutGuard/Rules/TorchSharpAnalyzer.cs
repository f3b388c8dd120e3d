using DropoutGuard.Flow;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>Base of every rule: does nothing unless TorchSharp is referenced; skips generated code; runs concurrently.</summary>
    public abstract class TorchSharpAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            // No callbacks for generated code, so every finding lies in code the driver already judged hand-written:
            // ReportDiagnostics spares each report the driver's scan of its file for generated-code attributes.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var services = FlowServicesCache.For(start.Compilation, start.Options);
                if (services is not null)
                    OnTorchSharpCompilationStart(start, services);
            });
        }

        internal abstract void OnTorchSharpCompilationStart(CompilationStartAnalysisContext context, FlowServices services);
    }
}
