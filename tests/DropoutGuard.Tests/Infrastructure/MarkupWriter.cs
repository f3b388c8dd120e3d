using System.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Writes spans back into source as markup, so a failure can show the reported diagnostics in the test's own notation.</summary>
internal static class MarkupWriter
{
    /// <param name="defaultId">Spans with this ID are written as <c>[|…|]</c>, others as <c>{|ID:…|}</c>.</param>
    public static string Write(string source, IEnumerable<MarkedSpan> spans, string? defaultId)
    {
        // Left to right at one position: closers (inner first), then empty spans, then openers (outer first).
        var markers = new List<(int Position, int Group, int Rank, string Text)>();
        foreach (var marked in spans)
        {
            var plain = marked.Id is null || marked.Id == defaultId;
            var opener = plain ? "[|" : "{|" + marked.Id + ":";
            var closer = plain ? "|]" : "|}";
            var span = marked.Span;
            if (span.IsEmpty)
            {
                markers.Add((span.Start, 1, 0, opener + closer));
                continue;
            }
            markers.Add((span.End, 0, -span.Start, closer));
            markers.Add((span.Start, 2, -span.End, opener));
        }

        // Inserting from the end keeps earlier positions valid; at one position each insert lands left of the previous one.
        var text = new StringBuilder(source);
        foreach (var marker in markers.OrderByDescending(marker => marker.Position).ThenByDescending(marker => marker.Group).ThenByDescending(marker => marker.Rank))
            text.Insert(marker.Position, marker.Text);
        return text.ToString();
    }
}
