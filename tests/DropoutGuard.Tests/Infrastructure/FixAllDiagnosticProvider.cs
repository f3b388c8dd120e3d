using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Hands Fix All the same diagnostics the verifier fixes one by one (analyzers over the project, generator output
/// included), restricted to the IDs being fixed.
/// </summary>
internal sealed class FixAllDiagnosticProvider(
    Func<Project, Task<ImmutableArray<Diagnostic>>> analyze,
    ImmutableHashSet<string> diagnosticIds) : FixAllContext.DiagnosticProvider
{
    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        return (await DiagnosticsAsync(document.Project).ConfigureAwait(false)).Where(diagnostic => diagnostic.Location.SourceTree == tree);
    }

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => (await DiagnosticsAsync(project).ConfigureAwait(false)).Where(diagnostic => !diagnostic.Location.IsInSource);

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => await DiagnosticsAsync(project).ConfigureAwait(false);

    private async Task<IEnumerable<Diagnostic>> DiagnosticsAsync(Project project)
        => (await analyze(project).ConfigureAwait(false)).Where(diagnostic => diagnosticIds.Contains(diagnostic.Id));
}
