using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DropoutGuard.Benchmarks.Analyzers;
using DropoutGuard.Benchmarks.Compilations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Benchmarks.Measurements
{
    /// <summary>
    /// The DG0001 fix in an AdhocWorkspace holding the corpus as one project: one fix on one finding, and Fix All in
    /// solution over every finding. The findings are computed first and handed to Fix All, as the IDE does.
    /// </summary>
    public sealed record CodeFixRun(int Findings, TimeSpan FindingsTime, TimeSpan OneFix, TimeSpan FixAll, int ChangedDocuments)
    {
        public static CodeFixRun Measure(ParsedCorpus corpus)
        {
            using var workspace = new AdhocWorkspace();
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Default, "Corpus", "Corpus", LanguageNames.CSharp,
                compilationOptions: ParsedCorpus.CompilationOptions, parseOptions: ParsedCorpus.ParseOptions,
                metadataReferences: ParsedCorpus.References(withTorchSharp: true)));
            var solution = project.Solution;
            foreach (var file in corpus.Files)
                solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), file.Path, SourceText.From(file.Text), filePath: "/corpus/" + file.Path);
            workspace.TryApplyChanges(solution);
            project = workspace.CurrentSolution.Projects.Single();

            var provider = AnalyzerSets.DisableDropoutFix();
            var stopwatch = Stopwatch.StartNew();
            var compilation = project.GetCompilationAsync().GetAwaiter().GetResult()!;
            var findings = AnalyzerRun.Run(compilation, AnalyzerSets.DropoutGuard()).Diagnostics
                .Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
            var findingsTime = stopwatch.Elapsed;

            var first = findings.First();
            var firstDocument = project.GetDocument(first.Location.SourceTree)!;
            stopwatch.Restart();
            var actions = new List<CodeAction>();
            provider.RegisterCodeFixesAsync(new CodeFixContext(firstDocument, first, (action, _) => actions.Add(action), CancellationToken.None)).GetAwaiter().GetResult();
            ChangedSolution(actions.Single()).GetAwaiter().GetResult();
            var oneFix = stopwatch.Elapsed;

            stopwatch.Restart();
            var fixAllContext = new FixAllContext(firstDocument, provider, FixAllScope.Solution, actions.Single().EquivalenceKey, provider.FixableDiagnosticIds, new KnownDiagnostics(findings), CancellationToken.None);
            var fixAll = provider.GetFixAllProvider()!.GetFixAsync(fixAllContext).GetAwaiter().GetResult()!;
            var fixedSolution = ChangedSolution(fixAll).GetAwaiter().GetResult();
            var fixAllTime = stopwatch.Elapsed;
            var changed = fixedSolution.GetChanges(project.Solution).GetProjectChanges().Sum(p => p.GetChangedDocuments().Count());
            return new CodeFixRun(findings.Length, findingsTime, oneFix, fixAllTime, changed);
        }

        private static async Task<Solution> ChangedSolution(CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        /// <summary>Findings already computed, served per document and per project.</summary>
        private sealed class KnownDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _all;

            public KnownDiagnostics(ImmutableArray<Diagnostic> all) => _all = all;

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                return _all.Where(d => d.Location.SourceTree == tree);
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult(Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Task.FromResult<IEnumerable<Diagnostic>>(_all);
        }
    }
}
