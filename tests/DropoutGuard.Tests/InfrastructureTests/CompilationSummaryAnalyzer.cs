using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.InfrastructureTests;

/// <summary>Test-only rule TST003, reported once per compilation without a source location.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CompilationSummaryAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST003";

    private static readonly DiagnosticDescriptor s_rule = new(Id, "Summary", "Compilation {0} analysed", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(compilation => compilation.ReportDiagnostic(Diagnostic.Create(s_rule, Location.None, compilation.Compilation.AssemblyName)));
    }
}
