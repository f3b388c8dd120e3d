using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// Analyses a batch as a host would (concurrently, exceptions caught) and checks the invariants that hold on any code:
/// no analyzer or generator exception, every diagnostic inside its tree. A batch that fails is re-analysed variant by
/// variant, so the failure names the variant that caused it.
/// </summary>
internal static class AnalyzerFuzzer
{
    public static async Task<ImmutableArray<Diagnostic>> CheckAsync(FuzzBatch batch, FuzzFailures failures, CancellationToken cancellationToken)
    {
        var compilation = (await batch.Project.GetCompilationAsync(cancellationToken))!;
        var (diagnostics, exceptions) = await AnalyzeAsync(compilation, cancellationToken);
        if (!exceptions.IsEmpty)
            await IsolateAsync(batch, compilation, failures, cancellationToken);

        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            if (!location.IsInSource)
            {
                if (diagnostic.Id != RuleIds.InvalidConfiguration)
                    failures.Add(null, $"{diagnostic.Id} has no source location: {diagnostic}");
                continue;
            }
            if (!compilation.ContainsSyntaxTree(location.SourceTree!) || location.SourceSpan.End > location.SourceTree!.Length)
                failures.Add(batch.VariantOf(location.SourceTree), $"{diagnostic.Id} lies outside its tree: {location.SourceSpan} of {location.SourceTree!.Length}");
        }

        var helperTree = await batch.Project.GetDocument(batch.HelperId)!.GetSyntaxTreeAsync(cancellationToken);
        try
        {
            AnalyzerRun.Generate(compilation.RemoveSyntaxTrees(helperTree!));
        }
        catch (InvalidOperationException exception)
        {
            failures.Add(null, "the generator threw on a batch of " + batch.Variants.Count + " variants: " + exception.Message);
        }
        return diagnostics;
    }

    /// <summary>Analyzer diagnostics, and the exceptions the host would have turned into AD0001.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)> AnalyzeAsync(Compilation compilation, CancellationToken cancellationToken)
    {
        var exceptions = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            ShippedComponents.Analyzers(),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Id == "AD0001"))
            exceptions.Add(diagnostic.GetMessage());
        return (diagnostics, exceptions.ToImmutableArray());
    }

    private static async Task IsolateAsync(FuzzBatch batch, Compilation compilation, FuzzFailures failures, CancellationToken cancellationToken)
    {
        var helper = (await batch.Project.GetDocument(batch.HelperId)!.GetSyntaxTreeAsync(cancellationToken))!;
        var found = false;
        foreach (var (id, variant) in batch.Variants)
        {
            var tree = (await batch.Project.GetDocument(id)!.GetSyntaxTreeAsync(cancellationToken))!;
            var (_, exceptions) = await AnalyzeAsync(ReliabilityCompilation.Create([tree, helper]), cancellationToken);
            if (!exceptions.IsEmpty)
            {
                found = true;
                failures.Add(variant, "an analyzer threw: " + exceptions[0]);
            }
        }
        if (!found)
            failures.Add(null, "an analyzer threw on a batch but on none of its variants alone");
    }
}
