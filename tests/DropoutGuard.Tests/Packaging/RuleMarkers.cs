using System.Text.RegularExpressions;

namespace DropoutGuard.Tests.Packaging;

/// <summary>
/// Lines a sample marks as expected findings: a comment that starts with rule IDs, as in <c>// DG0001</c>,
/// <c>// DG0001: why</c> or <c>// DG0002, DG0003</c>.
/// </summary>
public static class RuleMarkers
{
    private static readonly Regex Marker = new(@"//\s*(?<ids>DG\d{4}(?:\s*,\s*DG\d{4})*)\b");
    private static readonly Regex RuleId = new(@"^DG\d{4}$");

    public static bool IsRuleId(string id) => RuleId.IsMatch(id);

    /// <summary>"Program.cs(12): DG0001" for every marker in the C# files under <paramref name="directory"/>, sorted.</summary>
    public static IReadOnlyList<string> In(string directory)
        => Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("bin/", StringComparison.Ordinal) && !file.StartsWith("obj/", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(Path.Combine(directory, file)).SelectMany((text, index) => MarkersOnLine(file, index + 1, text)))
            .OrderBy(marker => marker, StringComparer.Ordinal)
            .ToList();

    public static string Format(string file, int line, string id) => $"{file}({line}): {id}";

    private static IEnumerable<string> MarkersOnLine(string file, int line, string text)
    {
        var match = Marker.Match(text);
        return match.Success
            ? match.Groups["ids"].Value.Split(',').Select(id => Format(file, line, id.Trim()))
            : Enumerable.Empty<string>();
    }
}
