using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// Applies every fix the shipped providers offer for a variant's findings, and Fix All in the document, then checks:
/// nothing throws, each finishes within <see cref="FixTimeout"/> (a loop would not), and on code that compiled the result
/// has no compiler error and fewer diagnostics of the fixed ID. On code that did not compile the same two outcomes
/// are counted, not failed.
/// </summary>
internal sealed class FixFuzzer(FuzzFailures failures, FixStatistics statistics)
{
    private static readonly TimeSpan FixTimeout = TimeSpan.FromSeconds(30);
    private const int DiagnosticsPerVariant = 2;

    private readonly ImmutableArray<CodeFixProvider> _providers = ShippedComponents.CodeFixProviders();
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = ShippedComponents.Analyzers();

    public bool CanFix(Diagnostic diagnostic) => _providers.Any(provider => provider.FixableDiagnosticIds.Contains(diagnostic.Id));

    /// <summary>
    /// Checks one variant in a project of its own (the variant and the generated helper), so that each applied fix
    /// recompiles two trees rather than the whole batch.
    /// </summary>
    public async Task CheckAsync(FuzzVariant variant, string generatedHelper)
    {
        using var alone = new FuzzBatch([variant], generatedHelper);
        var document = alone.Project.GetDocument(alone.Variants.Keys.Single())!;
        var tree = (await document.GetSyntaxTreeAsync())!;
        var compilation = (await alone.Project.GetCompilationAsync())!;
        var (diagnostics, _) = await AnalyzerFuzzer.AnalyzeAsync(compilation, CancellationToken.None);
        var fixable = diagnostics.Where(d => d.Location.SourceTree == tree && CanFix(d)).OrderBy(d => d.Location.SourceSpan.Start).ToList();
        if (fixable.Count == 0)
            return;
        var compiles = !compilation.GetSemanticModel(tree).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        statistics.Variant();
        var fixAllDone = false;
        foreach (var diagnostic in fixable.Take(DiagnosticsPerVariant))
        {
            foreach (var provider in _providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = await OfferedAsync(provider, document, diagnostic, variant);
                foreach (var action in actions)
                    await ApplyAsync(variant, document, diagnostic.Id, compiles, fixAll: false, token => Task.FromResult<CodeAction?>(action), fixable.Count(d => d.Id == diagnostic.Id));
                if (!fixAllDone && actions.Count > 0 && provider.GetFixAllProvider() is { } fixAllProvider)
                {
                    fixAllDone = true;
                    var context = new FixAllContext(document, provider, FixAllScope.Document, actions[0].EquivalenceKey, [diagnostic.Id],
                        new FixedDiagnostics(tree, fixable), CancellationToken.None);
                    await ApplyAsync(variant, document, diagnostic.Id, compiles, fixAll: true,
                        token => fixAllProvider.GetFixAsync(context.WithCancellationToken(token)), fixable.Count(d => d.Id == diagnostic.Id));
                }
            }
        }
    }

    private async Task<List<CodeAction>> OfferedAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, FuzzVariant variant)
    {
        var actions = new List<CodeAction>();
        try
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }
        catch (Exception exception)
        {
            failures.Add(variant, $"{provider.GetType().Name} threw while offering a fix for {diagnostic.Id}: {exception}");
        }
        return actions.SelectMany(Flatten).ToList();
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action)
        => action.NestedActions.IsDefaultOrEmpty ? [action] : action.NestedActions.SelectMany(Flatten);

    private async Task ApplyAsync(FuzzVariant variant, Document document, string id, bool compiles, bool fixAll, Func<CancellationToken, Task<CodeAction?>> getAction, int before)
    {
        var what = (fixAll ? "Fix All for " : "the fix for ") + id;
        using var timeout = new CancellationTokenSource(FixTimeout);
        Solution changed;
        try
        {
            var action = await getAction(timeout.Token);
            if (action is null)
                return;
            var operations = await action.GetOperationsAsync(timeout.Token);
            var apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
            if (apply is null)
                return;
            changed = apply.ChangedSolution;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            failures.Add(variant, $"{what} did not finish within {FixTimeout.TotalSeconds} s");
            return;
        }
        catch (Exception exception)
        {
            failures.Add(variant, $"{what} threw: {exception}");
            return;
        }

        statistics.Fix(fixAll, compiles);
        var changedDocument = changed.GetDocument(document.Id)!;
        var compilation = (await changedDocument.Project.GetCompilationAsync())!;
        var tree = (await changedDocument.GetSyntaxTreeAsync())!;
        var model = compilation.GetSemanticModel(tree);
        var errors = model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, analyzer, _) => { lock (exceptions) exceptions.Add(analyzer.GetType().Name + ": " + exception); },
            concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var after = (await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None)).Count(d => d.Id == id);
        if (exceptions.Count > 0)
            failures.Add(variant, $"an analyzer threw on the result of {what}: {exceptions[0]}");

        if (compiles)
        {
            if (errors.Count > 0)
                failures.Add(variant, $"{what} broke code that compiled: {errors[0]}\n{await changedDocument.GetTextAsync()}");
            if (after >= before)
                failures.Add(variant, $"{what} left its diagnostic ({before} before, {after} after)\n{await changedDocument.GetTextAsync()}");
            return;
        }
        var errorsBefore = (await document.Project.GetCompilationAsync())!.GetSemanticModel((await document.GetSyntaxTreeAsync())!)
            .GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors.Count > errorsBefore)
            statistics.AddsErrors();
        if (after >= before)
            statistics.LeavesDiagnostic();
    }

    /// <summary>Fix All's view of the findings: the ones computed for the batch, in this document.</summary>
    private sealed class FixedDiagnostics(SyntaxTree tree, IReadOnlyList<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(d => d.Location.SourceTree == tree));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
