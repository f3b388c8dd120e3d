namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>One generated source file: its path (names matter to the analysis) and its text.</summary>
    public sealed record CorpusFile(string Path, string Text)
    {
        public int LineCount => Text.Split('\n').Length;
    }
}
