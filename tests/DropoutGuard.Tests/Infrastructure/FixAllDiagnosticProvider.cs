using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Hands Fix All the same diagnostics the verifier fixes one by one: analyzers over the project plus generator output,
/// restricted to the IDs being fixed. Each project snapshot is analysed once.
/// </summary>
internal sealed class FixAllDiagnosticProvider(
    Func<Project, Task<ImmutableArray<Diagnostic>>> analyze,
    ImmutableHashSet<string> diagnosticIds) : FixAllContext.DiagnosticProvider
{
    private readonly ConcurrentDictionary<Project, Lazy<Task<ImmutableArray<Diagnostic>>>> _byProject = new();

    public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        return (await DiagnosticsAsync(document.Project).ConfigureAwait(false)).Where(diagnostic => diagnostic.Location.SourceTree == tree);
    }

    public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => (await DiagnosticsAsync(project).ConfigureAwait(false)).Where(diagnostic => !diagnostic.Location.IsInSource);

    public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => await DiagnosticsAsync(project).ConfigureAwait(false);

    private async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var all = await _byProject.GetOrAdd(project, p => new Lazy<Task<ImmutableArray<Diagnostic>>>(() => analyze(p))).Value.ConfigureAwait(false);
        return all.Where(diagnostic => diagnosticIds.Contains(diagnostic.Id)).ToImmutableArray();
    }
}
