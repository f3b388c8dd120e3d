using System.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Numbers the marked spans so messages can be attached to them: <c>[|x|]</c> becomes <c>{|#0:x|}</c> and
/// <c>{|DG0002:x|}</c> becomes <c>{|#1:x|}</c> (keeping its ID), in order of appearance across the documents.
/// </summary>
internal static class MessageMarkup
{
    public sealed record NumberedSpan(int Number, string? Id);

    public static string Number(string markup, List<NumberedSpan> spans)
    {
        var output = new StringBuilder(markup.Length + 16);
        var open = new Stack<char>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push('[');
                output.Append("{|#").Append(spans.Count).Append(':');
                spans.Add(new NumberedSpan(spans.Count, null));
                i++;
            }
            else if (At(markup, i, "{|") && markup.IndexOf(':', i) is var colon and > 0 && IsId(markup, i + 2, colon))
            {
                open.Push('{');
                output.Append("{|#").Append(spans.Count).Append(':');
                spans.Add(new NumberedSpan(spans.Count, markup.Substring(i + 2, colon - i - 2)));
                i = colon;
            }
            else if (open.Count > 0 && (At(markup, i, "|]") || At(markup, i, "|}")))
            {
                open.Pop();
                output.Append("|}");
                i++;
            }
            else
            {
                output.Append(markup[i]);
            }
        }
        return output.ToString();
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool IsId(string text, int start, int end)
        => end > start && Enumerable.Range(start, end - start).All(index => char.IsLetterOrDigit(text[index]));
}
