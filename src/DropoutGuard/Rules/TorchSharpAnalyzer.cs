using DropoutGuard.Flow;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>Base of every rule: does nothing unless TorchSharp is referenced; skips generated code; runs concurrently.</summary>
    public abstract class TorchSharpAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
