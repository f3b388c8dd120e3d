using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.CodeFixes
{
    /// <summary>The line ending and indentation a document already uses, so that inserted code looks like its neighbours.</summary>
    internal sealed class TextConventions
    {
        private const string DefaultIndentUnit = "    ";

        private readonly SourceText _text;
        private readonly string? _configuredIndentUnit;

        private TextConventions(SourceText text, string endOfLine, string? configuredIndentUnit)
        {
            _text = text;
            EndOfLine = endOfLine;
            _configuredIndentUnit = configuredIndentUnit;
        }

        public string EndOfLine { get; }

        public SyntaxTrivia EndOfLineTrivia => SyntaxFactory.EndOfLine(EndOfLine);

        public static TextConventions Read(Document document, SourceText text, SyntaxTree tree)
        {
            var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            string? unit = null;
            if (options.TryGetValue("indent_style", out var style) && style.Trim() == "tab")
                unit = "\t";
            else if (options.TryGetValue("indent_size", out var size) && int.TryParse(size.Trim(), out var spaces) && spaces > 0)
                unit = new string(' ', spaces);
            return new TextConventions(text, DetectEndOfLine(text), unit);
        }

        /// <summary>The whitespace that starts the line containing <paramref name="position"/>.</summary>
        public string IndentationAt(int position)
        {
            var line = _text.Lines.GetLineFromPosition(position);
            var end = line.Start;
            while (end < line.End && _text[end] is ' ' or '\t')
                end++;
            return _text.ToString(TextSpan.FromBounds(line.Start, end));
        }

        /// <summary>Is the token the first thing on its line?</summary>
        public bool StartsLine(SyntaxToken token)
            => _text.Lines.GetLineFromPosition(token.SpanStart).Start + IndentationAt(token.SpanStart).Length == token.SpanStart;

        /// <summary>One level of indentation: from .editorconfig, else as the enclosing block indents <paramref name="statement"/>, else four spaces.</summary>
        public string IndentUnitNear(SyntaxNode statement)
        {
            if (_configuredIndentUnit is not null)
                return _configuredIndentUnit;
            if (statement.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax block
                && StartsLine(block.OpenBraceToken) && StartsLine(statement.GetFirstToken()))
            {
                var outer = IndentationAt(block.OpenBraceToken.SpanStart);
                var inner = IndentationAt(statement.SpanStart);
                if (inner.Length > outer.Length && inner.StartsWith(outer, System.StringComparison.Ordinal))
                    return inner.Substring(outer.Length);
            }
            return DefaultIndentUnit;
        }

        private static string DetectEndOfLine(SourceText text)
        {
            foreach (var line in text.Lines)
            {
                if (line.EndIncludingLineBreak > line.End)
                    return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
            return System.Environment.NewLine;
        }
    }
}
