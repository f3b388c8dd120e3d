using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// Analysis on one thread, blocks in tree order: a way to force the order in which summaries are first computed, which
/// is how order-dependent caching is made to fail every time instead of now and then.
/// </summary>
internal static class SequentialAnalysis
{
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(params (string Path, string Source)[] files)
    {
        var compilation = ReliabilityCompilation.Create(files.Select(file => ReliabilityCompilation.Parse(file.Source, file.Path)));
        var withAnalyzers = compilation.WithAnalyzers(
            ShippedComponents.Analyzers(),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}
