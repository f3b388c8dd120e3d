using System.Text;

namespace DropoutGuard.Helper
{
    /// <summary>Writes indented lines ending in '\n' whatever the host, so the generated text is the same everywhere.</summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;
        private readonly StringBuilder _text = new StringBuilder();
        private int _depth;

        public void Line(string line)
        {
            _text.Append(' ', _depth * IndentSize).Append(line).Append('\n');
        }

        public void BlankLine() => _text.Append('\n');

        public void OpenBlock()
        {
            Line("{");
            _depth++;
        }

        public void CloseBlock()
        {
            _depth--;
            Line("}");
        }

        public override string ToString() => _text.ToString();
    }
}
