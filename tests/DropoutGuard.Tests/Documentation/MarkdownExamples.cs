using System.Text.RegularExpressions;

namespace DropoutGuard.Tests.Documentation;

/// <summary>
/// Reads the C# examples of a Markdown page. The convention, for README.md and docs/**/*.md:
/// <list type="bullet">
/// <item>every ```csharp block is a whole file that compiles (top-level statements allowed) against the real TorchSharp,
/// the generated DisableDropout helper and <see cref="DocumentationContext"/>;</item>
/// <item>a finding the block shows is a <c>// warning DGxxxx</c> comment on the line it is reported on; no comment, no finding;</item>
/// <item>a quote right after the block (<c>&gt; message</c>, possibly over several lines) is a message the block reports;</item>
/// <item>a plain ``` block right after it holding <c>File.cs(line,col): warning ID: message</c> lines is the block's whole
/// output, positions and messages included;</item>
/// <item><c>&lt;!-- not compiled --&gt;</c> on the line before a block leaves it out (for deliberately partial code).</item>
/// </list>
/// </summary>
internal static partial class MarkdownExamples
{
    public static IEnumerable<DocumentedExample> Read(string page, string markdown)
    {
        var lines = markdown.Replace("\r", "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
                continue;
            var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "```");
            var skipped = i > 0 && lines[i - 1].Trim() == "<!-- not compiled -->";
            var code = lines[(i + 1)..end];
            var after = end + 1;
            while (after < lines.Length && lines[after].Trim().Length == 0)
                after++;
            if (!skipped)
                yield return new DocumentedExample(page, i + 1, string.Join("\n", code), Markers(code), Quote(lines, after), Output(lines, after));
            i = end;
        }
    }

    private static List<(int Line, string Id)> Markers(string[] code)
        => code.SelectMany((line, index) => MarkerPattern().Matches(line).Select(match => (index + 1, match.Groups[1].Value))).ToList();

    private static List<string> Quote(string[] lines, int start)
    {
        var quoted = lines.Skip(start).TakeWhile(line => line.StartsWith('>')).Select(line => line.TrimStart('>').Trim()).ToList();
        return quoted.Count == 0 ? [] : [string.Join(" ", quoted)];
    }

    private static List<string> Output(string[] lines, int start)
    {
        if (start >= lines.Length || lines[start].Trim() != "```")
            return [];
        var body = lines.Skip(start + 1).TakeWhile(line => line.Trim() != "```").ToList();
        return body.All(line => OutputPattern().IsMatch(line)) ? body : [];
    }

    [GeneratedRegex(@"//\s*warning (DG\d{4})")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^\S+\.cs\(\d+,\d+\): \w+ DG\d{4}: ")]
    public static partial Regex OutputPattern();
}
