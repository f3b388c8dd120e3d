using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using DropoutGuard.Tests.Infrastructure;
namespace DropoutGuard.Tests.InfrastructureTests;
public sealed class ZzProbe
{
    sealed class GenRef : AnalyzerReference
    {
        public override string FullPath => "/dropoutguard/DropoutGuard.dll";
        public override string Display => "DropoutGuard";
        public override object Id => "DropoutGuard";
        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];
        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];
        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => DropoutGuardComponents.Generators();
        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => DropoutGuardComponents.Generators();
    }
    [Fact]
    public async Task Probe()
    {
        var options = new VerifierOptions { GlobalOptions = { ["build_property.DropoutGuardGenerateHelper"] = "false" } };
        var docs = TestDocument.FromMarkup("class C { }", options);
        using var ws = TestWorkspace.Create(docs, options, TestAnalyzerConfig.From(options));
        var project = ws.CurrentSolution.Projects.Single();
        var before = (await project.GetCompilationAsync())!.SyntaxTrees.Count();
        project = project.AddAnalyzerReference(new GenRef());
        var comp = (await project.GetCompilationAsync())!;
        var gen = await project.GetSourceGeneratedDocumentsAsync();
        File.WriteAllText("/tmp/probe.txt", $"before {before} after {comp.SyntaxTrees.Count()} gen {gen.Count()} {string.Join(",", comp.SyntaxTrees.Select(t => t.FilePath))} errors {string.Join("\n", comp.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))} sameTree {comp.SyntaxTrees.Contains(await project.Documents.First().GetSyntaxTreeAsync())}");
    }
}
