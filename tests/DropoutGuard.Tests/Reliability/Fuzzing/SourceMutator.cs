using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// Seeded edits of a source, the way half-typed or half-refactored code looks: truncation at a token boundary, a token
/// deleted or duplicated, an unbalanced brace or parenthesis, statements removed, duplicated or swapped (edits that
/// usually keep code compiling), a using removed, a type replaced by a wrong one. Tokens and nodes come from parsing the
/// source once.
/// </summary>
internal sealed class SourceMutator
{
    private static readonly string[] Brackets = ["{", "}", "(", ")", "[", "]", "<", ">"];
    private static readonly string[] WrongTypes = ["string", "int", "object", "dynamic", "Tensor", "nn.Module", "Gpt", "var", "Func<Gpt>", "Gpt[]"];

    private readonly string _text;
    private readonly SyntaxToken[] _tokens;
    private readonly StatementSyntax[] _statements;
    private readonly UsingDirectiveSyntax[] _usings;
    private readonly TypeSyntax[] _types;

    public SourceMutator(string text)
    {
        _text = text;
        var root = CSharpSyntaxTree.ParseText(text, ReliabilityCompilation.ParseOptions).GetRoot();
        _tokens = root.DescendantTokens().Where(token => token.Span.Length > 0).ToArray();
        _statements = root.DescendantNodes().OfType<StatementSyntax>().Where(statement => statement.Parent is BlockSyntax).ToArray();
        _usings = root.DescendantNodes().OfType<UsingDirectiveSyntax>().ToArray();
        _types = root.DescendantNodes().OfType<TypeSyntax>()
            .Where(type => type.Parent is not QualifiedNameSyntax && SyntaxFacts.IsInTypeOnlyContext(type))
            .ToArray();
    }

    /// <summary>One to three edits; the name lists them, for the failure message.</summary>
    public (string Name, string Text) Mutate(Random random)
    {
        var edits = 1 + (random.Next(4) == 0 ? random.Next(1, 3) : 0);
        var text = _text;
        var names = new List<string>();
        for (var i = 0; i < edits; i++)
        {
            // Later edits work on the original's tokens and nodes; spans are applied from the end so earlier ones stay valid.
            var (name, edit) = Pick(random);
            names.Add(name);
            text = edit(text);
        }
        return (string.Join("+", names), text);
    }

    private (string, Func<string, string>) Pick(Random random)
    {
        switch (random.Next(10))
        {
            case 0:
            {
                var token = RandomToken(random);
                return ("truncate@" + token.Span.End, text => text.Substring(0, Math.Min(token.Span.End, text.Length)));
            }
            case 1:
            {
                var token = RandomToken(random);
                return ("delete-token@" + token.SpanStart, text => Replace(text, token.Span.Start, token.Span.Length, string.Empty));
            }
            case 2:
            {
                var token = RandomToken(random);
                return ("duplicate-token@" + token.SpanStart, text => Replace(text, token.Span.End, 0, " " + token.Text));
            }
            case 3:
            {
                var token = RandomToken(random);
                var bracket = Brackets[random.Next(Brackets.Length)];
                return ("insert-" + bracket + "@" + token.SpanStart, text => Replace(text, token.Span.Start, 0, bracket));
            }
            case 4 or 5 when _statements.Length > 0:
            {
                var statement = _statements[random.Next(_statements.Length)];
                return ("delete-statement@" + statement.SpanStart, text => Replace(text, statement.Span.Start, statement.Span.Length, string.Empty));
            }
            case 6 when _statements.Length > 0:
            {
                var statement = _statements[random.Next(_statements.Length)];
                return ("duplicate-statement@" + statement.SpanStart, text => Replace(text, statement.Span.End, 0, " " + statement.ToString()));
            }
            case 7 when _statements.Length > 1:
            {
                var first = _statements[random.Next(_statements.Length)];
                var siblings = ((BlockSyntax)first.Parent!).Statements;
                var index = siblings.IndexOf(first);
                if (index + 1 >= siblings.Count)
                    return ("delete-statement@" + first.SpanStart, text => Replace(text, first.Span.Start, first.Span.Length, string.Empty));
                var second = siblings[index + 1];
                return ("swap-statements@" + first.SpanStart, text => SwapAdjacent(text, first, second));
            }
            case 8 when _usings.Length > 0:
            {
                var directive = _usings[random.Next(_usings.Length)];
                return ("remove-using@" + directive.SpanStart, text => Replace(text, directive.Span.Start, directive.Span.Length, string.Empty));
            }
            case 9 when _types.Length > 0:
            {
                var type = _types[random.Next(_types.Length)];
                var wrong = WrongTypes[random.Next(WrongTypes.Length)];
                return ("wrong-type-" + wrong + "@" + type.SpanStart, text => Replace(text, type.Span.Start, type.Span.Length, wrong));
            }
            default:
            {
                var token = RandomToken(random);
                return ("delete-token@" + token.SpanStart, text => Replace(text, token.Span.Start, token.Span.Length, string.Empty));
            }
        }
    }

    private SyntaxToken RandomToken(Random random) => _tokens[random.Next(_tokens.Length)];

    /// <summary>Edits past the end of an already shortened text are dropped; each edit checks its own span.</summary>
    private static string Replace(string text, int start, int length, string replacement)
        => start + length > text.Length ? text : text.Substring(0, start) + replacement + text.Substring(start + length);

    private static string SwapAdjacent(string text, StatementSyntax first, StatementSyntax second)
    {
        if (second.Span.End > text.Length || text.Substring(first.Span.Start, first.Span.Length) != first.ToString())
            return text;
        var between = text.Substring(first.Span.End, second.Span.Start - first.Span.End);
        return text.Substring(0, first.Span.Start) + second.ToString() + between + first.ToString() + text.Substring(second.Span.End);
    }
}
