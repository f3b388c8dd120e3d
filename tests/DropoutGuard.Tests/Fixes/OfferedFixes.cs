using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Fixes;

/// <summary>The code actions a provider offers for each diagnostic of a test source, for checks the fix verifier leaves out (titles, keys).</summary>
internal static class OfferedFixes<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>The actions in diagnostic order; markup in the source is ignored.</summary>
    public static async Task<IReadOnlyList<CodeAction>> GetAsync(string source, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        var provider = new TCodeFix();
        var config = TestAnalyzerConfig.From(options);
        using var workspace = TestWorkspace.Create(TestDocument.FromMarkup(source, options), options, config);
        var project = workspace.CurrentSolution.Projects.Single();
        var compilation = (await project.GetCompilationAsync())!;
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(config.SyntaxTreeOptions));
        var result = await Analysis.RunAnalyzersAsync(compilation, generators: null, DropoutGuardComponents.AnalyzersWith(new TAnalyzer()), config);

        var actions = new List<CodeAction>();
        var fixable = result.AnalyzerDiagnostics
            .Where(diagnostic => provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start);
        foreach (var diagnostic in fixable)
        {
            if (project.GetDocument(diagnostic.Location.SourceTree) is not { } document)
                continue;
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }
        return actions;
    }
}
