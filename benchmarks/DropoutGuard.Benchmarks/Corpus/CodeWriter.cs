using System.Text;

namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>Writes indented C# lines; braces open and close blocks so templates read like the code they produce.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _indent;

        public int Lines { get; private set; }

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0)
                _text.Append(' ', _indent * 4).Append(line);
            _text.Append('\n');
            Lines++;
            return this;
        }

        public CodeWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _text.ToString();
    }
}
