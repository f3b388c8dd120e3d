using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The order tests speak in: test documents as listed (main document first), other files (generated ones) after them
/// by path, then by position; diagnostics without a location come last.
/// </summary>
internal sealed class DiagnosticOrder(ImmutableArray<string> documentPaths)
{
    public IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(diagnostic => diagnostic.Location.IsInSource ? DocumentRank(diagnostic.Location.SourceTree.FilePath) : int.MaxValue)
            .ThenBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.End)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public int DocumentRank(string path)
    {
        var index = documentPaths.IndexOf(path);
        return index < 0 ? documentPaths.Length : index;
    }
}
