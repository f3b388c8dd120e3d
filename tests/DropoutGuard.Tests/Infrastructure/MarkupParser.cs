using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Reads test markup: <c>[|…|]</c> marks a diagnostic of the analyzer's first rule, <c>{|DG0001:…|}</c> one with that ID.
/// Spans may nest and may be empty. A closer only counts when it matches the innermost open marker, so stray
/// <c>|]</c> or <c>|}</c> in code stay text.
/// </summary>
public static class MarkupParser
{
    public static MarkedSource Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = ImmutableArray.CreateBuilder<MarkedSpan>();
        var open = new Stack<(string? Id, int Start, char Closer, int MarkupOffset)>();
        var index = 0;
        while (index < markup.Length)
        {
            if (At(markup, index, "[|"))
            {
                open.Push((null, text.Length, ']', index));
                index += 2;
            }
            else if (At(markup, index, "{|") && TryReadId(markup, index + 2, out var id, out var afterColon))
            {
                open.Push((id, text.Length, '}', index));
                index = afterColon;
            }
            else if (markup[index] == '|' && index + 1 < markup.Length && open.Count > 0 && open.Peek().Closer == markup[index + 1])
            {
                var marker = open.Pop();
                spans.Add(new MarkedSpan(marker.Id, TextSpan.FromBounds(marker.Start, text.Length)));
                index += 2;
            }
            else
            {
                text.Append(markup[index]);
                index++;
            }
        }

        if (open.Count > 0)
        {
            var unclosed = open.Peek();
            throw new VerifierException($"Markup marker opened at offset {unclosed.MarkupOffset} (\"{markup.Substring(unclosed.MarkupOffset, Math.Min(20, markup.Length - unclosed.MarkupOffset))}…\") is never closed with '|{unclosed.Closer}'.");
        }

        var ordered = spans.OrderBy(span => span.Span.Start).ThenByDescending(span => span.Span.End).ToImmutableArray();
        return new MarkedSource(text.ToString(), ordered);
    }

    private static bool At(string markup, int index, string token)
        => string.CompareOrdinal(markup, index, token, 0, token.Length) == 0;

    private static bool TryReadId(string markup, int start, out string id, out int afterColon)
    {
        var end = start;
        while (end < markup.Length && (char.IsLetterOrDigit(markup[end]) || markup[end] == '_'))
            end++;
        id = markup[start..end];
        afterColon = end + 1;
        return id.Length > 0 && end < markup.Length && markup[end] == ':';
    }
}
