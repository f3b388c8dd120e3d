using System.Text.RegularExpressions;

namespace DropoutGuard.Tests.Packaging;

/// <summary>One "File.cs(12,22): warning DG0001: message" line of MSBuild console output.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id)
{
    private static readonly Regex Pattern = new(
        @"^\s*(?<file>[^\r\n]+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\):\s*(?<severity>warning|error)\s+(?<id>[A-Za-z]+\d+)\s*:",
        RegexOptions.Multiline);

    /// <summary>
    /// The distinct diagnostics in <paramref name="output"/> (MSBuild repeats each one in its summary), with paths
    /// relative to <paramref name="baseDirectory"/> and '/' separators.
    /// </summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string baseDirectory)
        => Pattern.Matches(output)
            .Select(match => new BuildDiagnostic(
                Path.GetRelativePath(baseDirectory, match.Groups["file"].Value.Trim()).Replace('\\', '/'),
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["id"].Value))
            .Distinct()
            .ToList();

    /// <summary>"File.cs(12,22): warning DG0001".</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}";
}
