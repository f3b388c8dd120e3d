using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Applies a code fix in a fresh test workspace, one fix at a time or through Fix All in a scope, and checks the result.
/// Diagnostics to fix come from the workspace's compilation, generator output included, so their trees are the
/// documents' own; the fixed text is then verified as a build would see it.
/// </summary>
internal sealed class CodeFixSession
{
    private readonly CodeFixProvider _provider;
    private readonly VerifierOptions _options;
    private readonly ImmutableArray<TestDocument> _documents;
    private readonly Func<ImmutableArray<DiagnosticAnalyzer>> _analyzers;
    private readonly int? _codeActionIndex;
    private readonly string? _codeActionEquivalenceKey;
    private readonly TestAnalyzerConfig _config;
    private readonly DiagnosticOrder _order;
    private readonly ImmutableHashSet<string> _fixableIds;
    private readonly ConditionalWeakTable<Project, Task<ImmutableArray<Diagnostic>>> _fixableBySnapshot = new();

    public CodeFixSession(
        CodeFixProvider provider,
        VerifierOptions options,
        ImmutableArray<TestDocument> documents,
        Func<ImmutableArray<DiagnosticAnalyzer>> analyzers,
        int? codeActionIndex = null,
        string? codeActionEquivalenceKey = null)
    {
        _provider = provider;
        _options = options;
        _documents = documents;
        _analyzers = analyzers;
        _codeActionIndex = codeActionIndex;
        _codeActionEquivalenceKey = codeActionEquivalenceKey;
        _config = TestAnalyzerConfig.From(options);
        _order = new DiagnosticOrder(documents.Select(document => document.Path).ToImmutableArray());
        _fixableIds = provider.FixableDiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <param name="scope">Null fixes one diagnostic at a time; otherwise Fix All in that scope.</param>
    /// <param name="expected">The expected text of every test document by path.</param>
    public async Task VerifyAsync(FixAllScope? scope, IReadOnlyDictionary<string, string> expected)
    {
        var mode = scope is null ? "fixing one diagnostic at a time" : $"Fix All in {scope}";
        using var workspace = TestWorkspace.Create(_documents, _options, _config);
        var solution = await FixAsync(workspace.CurrentSolution, scope, mode);
        await CheckAsync(solution, expected, mode);
    }

    /// <summary>Fails if the provider offers any action for a diagnostic it declares fixable.</summary>
    public async Task VerifyNoActionsAsync()
    {
        using var workspace = TestWorkspace.Create(_documents, _options, _config);
        var project = workspace.CurrentSolution.Projects.Single();
        var offered = new List<string>();
        foreach (var diagnostic in await FixableDiagnosticsAsync(project, "before fixing"))
        {
            var actions = await ActionsAsync(project, diagnostic);
            if (!actions.IsEmpty)
                offered.Add($"{DiagnosticText.Describe(diagnostic)}{Environment.NewLine}    offered: {Titles(actions)}");
        }
        if (offered.Count > 0)
            throw new VerifierException($"{Name} offers code actions where none are expected:" + DiagnosticText.AsList(offered));
    }

    private string Name => _provider.GetType().Name;

    // Fixes until no fixable diagnostic with an offered action remains; more than two passes beyond the initial count is a loop.
    private async Task<Solution> FixAsync(Solution solution, FixAllScope? scope, string mode)
    {
        var fixAll = scope is null ? null : FixAllProvider(scope.Value);
        var diagnostics = await FixableDiagnosticsAsync(solution.Projects.Single(), "before fixing");
        var limit = diagnostics.Length + 2;
        for (var applied = 0; ; applied++)
        {
            var project = solution.Projects.Single();
            var next = await FirstFixAsync(project, diagnostics);
            if (next is null)
                return solution;
            if (applied == limit)
                throw FixLoop(mode, limit, diagnostics);

            var (diagnostic, action) = next.Value;
            if (fixAll is not null)
                action = await FixAllActionAsync(fixAll, scope!.Value, project, diagnostic, action.EquivalenceKey, mode);
            solution = await ApplyAsync(action, solution);
            diagnostics = await FixableDiagnosticsAsync(solution.Projects.Single(), $"after {applied + 1} fix(es)");
        }
    }

    private FixAllProvider FixAllProvider(FixAllScope scope)
    {
        // dotnet format applies fixes only through Fix All in Solution, so a provider without Fix All is never applied there.
        var fixAll = _provider.GetFixAllProvider()
            ?? throw new VerifierException($"{Name}.GetFixAllProvider() returns null: dotnet format skips providers without Fix All in Solution.");
        return fixAll.GetSupportedFixAllScopes().Contains(scope)
            ? fixAll
            : throw new VerifierException($"{Name}'s Fix All provider does not support the {scope} scope.");
    }

    // Fix All as the IDE starts it: from one diagnostic, with the equivalence key of the action chosen for it.
    private async Task<CodeAction> FixAllActionAsync(FixAllProvider fixAll, FixAllScope scope, Project project, Diagnostic diagnostic, string? equivalenceKey, string mode)
    {
        var ids = new[] { diagnostic.Id };
        var diagnosticProvider = new FixAllDiagnosticProvider(FixableDiagnosticsAsync, ids.ToImmutableHashSet());
        var context = scope == FixAllScope.Document
            ? new FixAllContext(TestDocumentOf(project, diagnostic)!, _provider, scope, equivalenceKey, ids, diagnosticProvider, CancellationToken.None)
            : new FixAllContext(project, _provider, scope, equivalenceKey, ids, diagnosticProvider, CancellationToken.None);
        return await fixAll.GetFixAsync(context)
            ?? throw new VerifierException($"{mode} offers no action, although {Name} fixes:{DiagnosticText.AsList([DiagnosticText.Describe(diagnostic)])}");
    }

    // The first diagnostic, in document and position order, for which the provider offers an action; diagnostics without a fix are passed over.
    private async Task<(Diagnostic Diagnostic, CodeAction Action)?> FirstFixAsync(Project project, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var actions = await ActionsAsync(project, diagnostic);
            if (!actions.IsEmpty)
                return (diagnostic, Select(actions, diagnostic));
        }
        return null;
    }

    private async Task<ImmutableArray<CodeAction>> ActionsAsync(Project project, Diagnostic diagnostic)
    {
        var document = TestDocumentOf(project, diagnostic)!;
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        await _provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions.SelectMany(Flatten).ToImmutableArray();
    }

    // A group of actions (a submenu in the IDE) counts as its leaves.
    private static IEnumerable<CodeAction> Flatten(CodeAction action)
        => action.NestedActions.IsDefaultOrEmpty ? [action] : action.NestedActions.SelectMany(Flatten);

    private CodeAction Select(ImmutableArray<CodeAction> actions, Diagnostic diagnostic)
    {
        if (_codeActionEquivalenceKey is not null)
        {
            return actions.FirstOrDefault(action => action.EquivalenceKey == _codeActionEquivalenceKey)
                ?? throw new VerifierException($"No code action with equivalence key \"{_codeActionEquivalenceKey}\" for{DiagnosticText.AsList([DiagnosticText.Describe(diagnostic)])}{Environment.NewLine}Offered: {Titles(actions)}");
        }
        var index = _codeActionIndex ?? 0;
        return index < actions.Length
            ? actions[index]
            : throw new VerifierException($"Code action index {index} is out of range for{DiagnosticText.AsList([DiagnosticText.Describe(diagnostic)])}{Environment.NewLine}Offered: {Titles(actions)}");
    }

    private static string Titles(IEnumerable<CodeAction> actions)
        => string.Join(", ", actions.Select((action, index) => $"[{index}] \"{action.Title}\" (key \"{action.EquivalenceKey}\")"));

    private static async Task<Solution> ApplyAsync(CodeAction action, Solution solution)
    {
        var changes = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().ToList();
        return changes.Count == 1
            ? changes[0].ChangedSolution
            : throw new VerifierException($"Code action \"{action.Title}\" has {changes.Count} ApplyChangesOperations; a fix must have exactly one.");
    }

    private static VerifierException FixLoop(string mode, int limit, ImmutableArray<Diagnostic> remaining)
        => new($"After {mode}, {limit} fixes were applied and fixable diagnostics remain; the fix does not remove what it fixes:" + DiagnosticText.AsList(remaining.Select(DiagnosticText.Describe)));

    // Generated documents are never fixed: only the test's own documents count.
    private static Document? TestDocumentOf(Project project, Diagnostic diagnostic)
        => diagnostic.Location.SourceTree is { } tree && project.GetDocumentId(tree) is { } id && project.ContainsDocument(id) ? project.GetDocument(id) : null;

    private Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Project project)
        => FixableDiagnosticsAsync(project, "while fixing");

    /// <summary>Diagnostics with an ID the provider fixes, in the test's documents, in document and position order.</summary>
    /// <remarks>Once per project snapshot: the fix loop and Fix All ask about the same snapshot.</remarks>
    private Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Project project, string stage)
        => _fixableBySnapshot.GetValue(project, snapshot => ComputeFixableDiagnosticsAsync(snapshot, stage));

    private async Task<ImmutableArray<Diagnostic>> ComputeFixableDiagnosticsAsync(Project project, string stage)
    {
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("A C# project always has a compilation.");
        // Severities come from the test's config as in a direct compilation; WithOptions keeps the documents' tree instances.
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(_config.SyntaxTreeOptions));
        var result = await Analysis.RunAnalyzersAsync(compilation, generators: null, _analyzers(), _config);
        result.ThrowOnFailures(allowCompilerErrors: true, $"Analysing the test project {stage} failed.");
        var fixable = result.AnalyzerDiagnostics.Where(diagnostic => _fixableIds.Contains(diagnostic.Id) && TestDocumentOf(project, diagnostic) is not null);
        return _order.Sort(fixable).ToImmutableArray();
    }

    private async Task CheckAsync(Solution solution, IReadOnlyDictionary<string, string> expected, string mode)
    {
        var documents = solution.Projects.Single().Documents.ToDictionary(document => document.FilePath ?? document.Name, StringComparer.Ordinal);
        var added = documents.Keys.Except(expected.Keys).Select(path => $"The fix added the document {path}.");
        var removed = expected.Keys.Except(documents.Keys).Select(path => $"The fix removed the document {path}.");
        var problems = added.Concat(removed).ToList();
        if (problems.Count > 0)
            throw new VerifierException($"After {mode}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");

        var fixedDocuments = ImmutableArray.CreateBuilder<TestDocument>();
        foreach (var original in _documents)
        {
            var actual = (await documents[original.Path].GetTextAsync()).ToString();
            if (actual != expected[original.Path])
                problems.Add($"{original.Path} differs from the expected text (- expected, + actual):{Environment.NewLine}{TextDiff.Describe(expected[original.Path], actual)}Actual text:{Environment.NewLine}{actual}");
            fixedDocuments.Add(original with { Source = actual, Spans = [] });
        }

        // The fixed text, compiled and analysed afresh exactly as the markup was.
        var result = await Analysis.RunAsync(fixedDocuments.ToImmutable(), _analyzers(), _options);
        problems.AddRange(result.Problems(_options.AllowCompilerErrors));
        if (!_options.AllowUnfixedDiagnostics)
        {
            var remaining = _order.Sort(result.AnalyzerDiagnostics.Where(diagnostic => _fixableIds.Contains(diagnostic.Id))).Select(DiagnosticText.Describe).ToList();
            if (remaining.Count > 0)
                problems.Add($"Diagnostics {Name} fixes remain (set AllowUnfixedDiagnostics if they have no fix):" + DiagnosticText.AsList(remaining));
        }

        if (problems.Count > 0)
            throw new VerifierException($"After {mode}:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, problems)}");
    }
}
