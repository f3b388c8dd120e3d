// Test-only: loaded by the tests themselves, never by a compiler, so the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS1012, RS2008

using System.Collections.Immutable;
using DropoutGuard.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// Runs beside the shipped analyzers and hands out the per-compilation flow services they share: the host analyses a
/// copy of the compilation it was given, so the services can only be found from inside the analysis.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FlowServicesProbe : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("DGPROBE", "Probe", "Probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
    private readonly TaskCompletionSource<FlowServices> _services = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    public Task<FlowServices> Services => _services.Task;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (FlowServicesCache.For(start.Compilation, start.Options) is { } services)
                _services.TrySetResult(services);
        });
    }

    public static CompilationWithAnalyzers With(Compilation compilation, FlowServicesProbe probe)
        => compilation.WithAnalyzers(ShippedComponents.Analyzers().Add(probe), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
}
