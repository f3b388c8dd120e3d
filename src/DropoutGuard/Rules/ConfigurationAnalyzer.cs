using System.Collections.Concurrent;
using System.Collections.Immutable;
using DropoutGuard.Flow;
using DropoutGuard.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Rules
{
    /// <summary>
    /// DG0900: a dropout_guard.* value that cannot be (fully) used, or a dropout_guard.* key that is not a setting; one
    /// diagnostic per key and distinct value, summarising every bad entry, however many files or sections carry it.
    /// </summary>
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
                        tree.ReportDiagnostic(Diagnostic.Create(Descriptors.DG0900, Location.None, problem.Key, QuotedValue.Shorten(problem.Value), problem.Reason));
                }
            });
        }
    }
}
