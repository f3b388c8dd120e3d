using System.Collections.Concurrent;
using System.Collections.Immutable;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>DG0900: a dropout_guard.* value that cannot be used; reported once per distinct value, then ignored.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : TorchSharpAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DG0900);

        internal override void OnTorchSharpCompilationStart(CompilationStartAnalysisContext context, FlowServices services)
        {
            var reported = new ConcurrentDictionary<(string Key, string Value), bool>();
            context.RegisterSyntaxTreeAction(tree =>
            {
                foreach (var problem in services.Options.For(tree.Tree).Problems)
                {
                    if (reported.TryAdd((problem.Key, problem.Value), true))
                        tree.ReportDiagnostic(Diagnostic.Create(Descriptors.DG0900, Location.None, problem.Key, problem.Value, problem.Reason));
                }
            });
        }
    }
}
