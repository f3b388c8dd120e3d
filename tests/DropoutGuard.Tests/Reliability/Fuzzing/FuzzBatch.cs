using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// Many variants in one workspace project (each its own document and namespace), plus the generated helper the fixes
/// call and the definitions the snippets share: one compilation, one set of references, analysed once for all of them.
/// </summary>
internal sealed class FuzzBatch : IDisposable
{
    private readonly AdhocWorkspace _workspace = new();
    private readonly Dictionary<DocumentId, FuzzVariant> _variants = [];

    public FuzzBatch(IReadOnlyList<FuzzVariant> variants, string generatedHelper)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = _workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Fuzz", "Fuzz", LanguageNames.CSharp,
            compilationOptions: ReliabilityCompilation.Options, parseOptions: ReliabilityCompilation.ParseOptions,
            metadataReferences: ReliabilityCompilation.References));
        foreach (var variant in variants)
        {
            var id = DocumentId.CreateNewId(projectId);
            _variants[id] = variant;
            solution = solution.AddDocument(id, variant.Number + ".cs", SourceText.From(variant.WrappedText), filePath: variant.Path);
        }
        HelperId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(HelperId, "DropoutGuard.DropoutExtensions.g.cs", SourceText.From(generatedHelper), filePath: "/fuzz/DropoutGuard.DropoutExtensions.g.cs");
        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Definitions.cs", SourceText.From(FuzzSources.SharedDefinitions), filePath: "/fuzz/Definitions.cs");
        _workspace.TryApplyChanges(solution);
        Project = _workspace.CurrentSolution.GetProject(projectId)!;
    }

    public Project Project { get; }

    public DocumentId HelperId { get; }

    public IReadOnlyDictionary<DocumentId, FuzzVariant> Variants => _variants;

    public FuzzVariant? VariantOf(SyntaxTree? tree)
    {
        if (tree is null)
            return null;
        var id = Project.GetDocumentId(tree);
        return id is not null && _variants.TryGetValue(id, out var variant) ? variant : null;
    }

    public void Dispose() => _workspace.Dispose();
}
