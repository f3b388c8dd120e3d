namespace DropoutGuard.Tests.Consistency;

/// <summary>The rows of the first Markdown table after a heading, as cells with surrounding spaces and backticks removed.</summary>
internal static class MarkdownTable
{
    public static IReadOnlyList<string[]> After(string markdown, string heading)
    {
        var lines = markdown.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(line => line.Trim() == heading);
        if (start < 0)
            throw new InvalidOperationException("No heading '" + heading + "'.");
        var table = lines.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .ToList();
        return table.Skip(2).Select(Cells).ToList();    // header and separator row
    }

    /// <summary>The key cell of every row of every table in the text, e.g. the option keys of a reference page.</summary>
    public static IEnumerable<string> FirstCells(string markdown)
        => markdown.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
            .Select(line => Cells(line)[0]);

    private static string[] Cells(string row)
        => row.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('`')).ToArray();
}
