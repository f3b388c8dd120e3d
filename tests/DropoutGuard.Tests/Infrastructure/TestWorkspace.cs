using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// An in-memory workspace holding the test project: the test documents at their paths, the analyzer config files and,
/// unless turned off, the DropoutGuard generators.
/// </summary>
internal static class TestWorkspace
{
    public static AdhocWorkspace Create(ImmutableArray<TestDocument> documents, VerifierOptions options, TestAnalyzerConfig config)
    {
        var projectId = ProjectId.CreateNewId(TestProject.AssemblyName);
        var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                TestProject.AssemblyName,
                TestProject.AssemblyName,
                LanguageNames.CSharp,
                compilationOptions: TestProject.CompilationOptions(options),
                parseOptions: TestProject.ParseOptions(options),
                documents: documents.Select(document => Document(projectId, document.Path, document.Source)),
                metadataReferences: TestProject.References(options),
                analyzerReferences: options.RunGenerators ? [new DropoutGuardGeneratorReference()] : [])
            .WithAnalyzerConfigDocuments(config.Files.Select(file => Document(projectId, file.Path, file.Text)));

        var workspace = new AdhocWorkspace();
        workspace.AddProject(project);
        return workspace;
    }

    private static DocumentInfo Document(ProjectId projectId, string path, string text)
        => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId, path),
            Path.GetFileName(path),
            loader: TextLoader.From(TextAndVersion.Create(TestProject.Text(text), VersionStamp.Default, path)),
            filePath: path);
}
