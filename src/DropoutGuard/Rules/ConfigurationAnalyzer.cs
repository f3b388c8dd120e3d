using System.Collections.Concurrent;
using System.Collections.Immutable;
using DropoutGuard.Flow;
using DropoutGuard.Options;
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
            var reported = new ConcurrentDictionary<(string Key, string Value, string? Item), bool>();
            context.RegisterSyntaxTreeAction(tree =>
            {
                foreach (var problem in services.Options.For(tree.Tree).Problems)
                {
                    if (reported.TryAdd((problem.Key, problem.Value, problem.Item), true))
                        tree.ReportDiagnostic(Diagnostic.Create(Descriptors.DG0900, Location.None, problem.Key, problem.Value, Explain(problem)));
                }
            });
        }

        /// <summary>The reason, led by the offending item when one entry of a list is the problem.</summary>
        private static string Explain(ConfigurationProblem problem)
            => problem.Item is null ? problem.Reason : "'" + problem.Item + "' " + problem.Reason;
    }
}
