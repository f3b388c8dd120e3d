using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Readable descriptions of diagnostics for failure messages: position, ID, message and the marked source line.</summary>
internal static class DiagnosticText
{
    public static string Describe(Diagnostic diagnostic)
    {
        var header = $"{Severity(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        var location = diagnostic.Location;
        if (!location.IsInSource)
            return "(no location): " + header;
        return $"{Position(location.SourceTree.FilePath, location.SourceTree.GetText(), location.SourceSpan)}: {header}{SourceLine(location.SourceTree.GetText(), location.SourceSpan)}";
    }

    public static string Describe(string id, string path, SourceText text, TextSpan span)
        => $"{Position(path, text, span)}: {id}{SourceLine(text, span)}";

    /// <summary>path(line,column-line,column), 1-based like compiler output.</summary>
    public static string Position(string path, SourceText text, TextSpan span)
    {
        var lines = text.Lines.GetLinePositionSpan(span);
        return $"{path}({lines.Start.Line + 1},{lines.Start.Character + 1}-{lines.End.Line + 1},{lines.End.Character + 1})";
    }

    /// <summary>Entries as an indented list, one per line; continuation lines are indented further.</summary>
    public static string AsList(IEnumerable<string> entries)
        => string.Concat(entries.Select(entry => Environment.NewLine + "  " + entry.Replace("\n", "\n  ")));

    private static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    // The first line of the span with carets under the marked part; tabs are kept so the carets line up.
    private static string SourceLine(SourceText text, TextSpan span)
    {
        var line = text.Lines.GetLineFromPosition(span.Start);
        var lineText = line.ToString();
        var column = span.Start - line.Start;
        var indent = new StringBuilder();
        foreach (var character in lineText.AsSpan(0, column))
            indent.Append(character == '\t' ? '\t' : ' ');
        var carets = span.IsEmpty ? "^ (empty span)" : new string('^', Math.Max(1, Math.Min(span.End, line.End) - span.Start));
        return $"{Environment.NewLine}      {lineText}{Environment.NewLine}      {indent}{carets}";
    }
}
