using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Fixes;

/// <summary>
/// The code actions a provider offers for each diagnostic of a test source, for what the testing library does not check
/// (titles, equivalence keys). The source is taken as is; the generated helper is added as a document, as a build sees it.
/// </summary>
internal static class OfferedFixes<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static async Task<IReadOnlyList<CodeAction>> GetAsync(string source, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        var config = TestAnalyzerConfig.From(options);
        var generated = GeneratorRun.Execute(TestProject.Compile([(options.FilePath, source)], options, config), TestProject.ParseOptions(options), config);

        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, options.AssemblyName, options.AssemblyName, LanguageNames.CSharp,
            compilationOptions: TestProject.CompilationOptions(options), parseOptions: TestProject.ParseOptions(options),
            metadataReferences: TestReferences.All(options)));
        foreach (var tree in generated.Output.SyntaxTrees)
            project = project.AddDocument(Path.GetFileName(tree.FilePath), tree.GetText(), filePath: tree.FilePath).Project;

        var compilation = (await project.GetCompilationAsync())!;
        var analyzerOptions = new AnalyzerOptions([], config.OptionsProvider);
        var diagnostics = await compilation.WithAnalyzers([new TAnalyzer()], analyzerOptions).GetAnalyzerDiagnosticsAsync();

        var provider = new TCodeFix();
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (project.GetDocument(diagnostic.Location.SourceTree) is { } document)
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }
        return actions;
    }
}
