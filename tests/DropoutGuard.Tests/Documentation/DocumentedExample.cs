namespace DropoutGuard.Tests.Documentation;

/// <summary>
/// One ```csharp block of a Markdown page and what the page claims it reports.
/// </summary>
/// <param name="ExpectedMarkers">(line, rule ID) of each <c>// warning DGxxxx</c> comment in the block.</param>
/// <param name="QuotedMessages">Messages quoted (<c>&gt; …</c>) right after the block; each must be one the block reports.</param>
/// <param name="ShownOutput">Build output lines (<c>File.cs(line,col): warning ID: message</c>) in a plain block right after it.</param>
public sealed record DocumentedExample(
    string Page,
    int StartLine,
    string Code,
    IReadOnlyList<(int Line, string Id)> ExpectedMarkers,
    IReadOnlyList<string> QuotedMessages,
    IReadOnlyList<string> ShownOutput)
{
    public override string ToString() => Page + ":" + StartLine;
}
