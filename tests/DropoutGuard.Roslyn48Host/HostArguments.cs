namespace DropoutGuard.Roslyn48Host;

/// <summary>
/// The command line: <c>--analyzer &lt;dll&gt;</c>, every reference as <c>--reference &lt;dll&gt;</c> (the host adds
/// none, not even the framework), then the C# files to compile (reported by the path given, so pass paths relative to the working directory).
/// </summary>
internal sealed record HostArguments(string AnalyzerPath, IReadOnlyList<string> References, IReadOnlyList<string> Sources)
{
    public static HostArguments Parse(string[] args)
    {
        string? analyzer = null;
        var references = new List<string>();
        var sources = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--analyzer": analyzer = args[++i]; break;
                case "--reference": references.Add(args[++i]); break;
                default: sources.Add(args[i]); break;
            }
        }
        if (analyzer is null || sources.Count == 0)
            throw new ArgumentException("usage: --analyzer <dll> [--reference <dll>]... <file.cs>...");
        return new HostArguments(analyzer, references, sources);
    }
}
