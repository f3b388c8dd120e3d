using System.Text;
using System.Text.RegularExpressions;
using DropoutGuard.Tests.Rules;

namespace DropoutGuard.Tests.Reliability.Fuzzing;

/// <summary>
/// The code mutated: the determinism corpus, the DPO sample, and a small generated corpus of training snippets. Each
/// is one unit (usings first), so it can be wrapped in a namespace of its own; snippets use <see cref="SharedDefinitions"/>.
/// </summary>
internal static class FuzzSources
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_all = new(Load);

    /// <summary>
    /// The model, trainer and helper definitions the snippets use, compiled once per batch in the global namespace
    /// instead of once per variant: most of a variant's cost would otherwise be binding the same definitions again.
    /// </summary>
    public static int SnippetCount => Snippets.Length;

    public static string SharedDefinitions => TestModels.Usings + TestModels.Definitions;

    public static IReadOnlyList<(string Name, string Text)> All => s_all.Value;

    private static IReadOnlyList<(string Name, string Text)> Load()
    {
        var sources = new List<(string, string)>
        {
            ("determinism", Merge([DeterminismCorpus.Models, DeterminismCorpus.Helpers(5), DeterminismCorpus.TrainingRun(0), DeterminismCorpus.TrainingRun(1)])),
        };
        if (Sample() is { } sample)
            sources.Add(("sample", sample));
        for (var index = 0; index < Snippets.Length; index++)
            sources.Add(("snippet" + index, TestModels.Usings + Snippets[index]));
        return sources;
    }

    /// <summary>Training code in the shapes the rules and fixes handle: one class each, around TestModels' definitions.</summary>
    private static readonly string[] Snippets =
    [
        "class DpoRunner { void Run(string path) { var m = new Gpt(64); var t = new DpoTrainer(m, m); } }",
        "class DpoRunner { void Run(string path) { var policy = new Gpt(64); policy.load_py(path); var reference = new Gpt(64); reference.DisableDropout(); var t = new DpoTrainer(policy, reference); t.Train(); } }",
        "class DpoRunner { void Run() { var m = new Gpt(64); m.eval(); var t = new DpoTrainer(m, m); for (var i = 0; i < 3; i++) { m.train(); t.Train(); } } }",
        "class SftJob { void Run(string data) { var model = new Gpt(64, dropout: 0.1); if (data.Length > 0) model.eval(); Sft.Train(model, data); } }",
        "class DpoRunner { private Gpt _policy = new Gpt(64); private Gpt? _reference; void Load() { _reference = new Gpt(32); } void Run() { var t = new DpoTrainer(_policy, _reference!); } }",
        "class DpoRunner { async Task Run(string path) { var m = await Task.Run(() => new Gpt(64)); var t = new DpoTrainer { Policy = m, Reference = new Gpt() }; } }",
        "class DpoRunner { void Run(bool big) { var m = big ? new Gpt(128) : new Gpt(64); var models = new List<nn.Module> { m }; foreach (var x in models) Sft.Train(x, \"d\"); } }",
        "class DpoRunner { void Run() { var (a, b) = (new Gpt(1), new Gpt(2)); a.DisableDropout(); var t = new DpoTrainer(a, b); } }",
        "class DpoRunner { void Run() { Func<Gpt> make = () => new Gpt(64); var m = make(); m.apply(x => { if (x is Dropout d) d.p = 0; }); var t = new DpoTrainer(m, m); } }",
        "class DpoRunner { void Run() { var m = Factory.Make(); var t = new DpoTrainer(m, Factory.Make()); } } static class Factory { public static Gpt Make() => new Gpt(64); }",
        "class DpoRunner { void Run() { var m = new Gpt(64); Prep.Quiet(m); var t = new DpoTrainer(m, m); } } static class Prep { public static void Quiet(nn.Module model) { foreach (var x in model.modules()) if (x is Dropout d) d.p = 0; } }",
        """
        public sealed class Attention : nn.Module<Tensor, Tensor>
        {
            public Attention() : base("attention") { }
            public override Tensor forward(Tensor x) => nn.functional.dropout(x, 0.1);
        }
        class DpoRunner { void Run() { var a = new Attention(); var t = new DpoTrainer(a, a); } }
        """,
        """
        public sealed class Block : nn.Module<Tensor, Tensor>
        {
            private readonly MultiheadAttention _attention = nn.MultiheadAttention(64, 4, dropout: 0.1);
            private readonly Dropout _dropout = nn.Dropout(0.2);
            public Block() : base("block") { RegisterComponents(); }
            public override Tensor forward(Tensor x) => nn.functional.dropout(_dropout.forward(x), 0.1, training);
        }
        class SftRunner { void Run() { var b = new Block(); Sft.Train(b, "data"); b.train(); b.eval(); } }
        """,
        "class DpoRunner { Gpt Policy { get; } = new Gpt(64); void Run() { using var scope = torch.no_grad(); var t = new DpoTrainer(Policy, new Gpt(8)); } }",
        "class DpoRunner { void Run(string p) { Gpt m; try { m = new Gpt(64); m.load(p); } finally { } var t = new DpoTrainer(m, m); } }",
        "class DpoRunner { void Run() { var m = new Gpt(64); switch (m.training) { case true: m.eval(); break; default: m.train(); break; } Sft.Train(m, \"x\"); } }",
    ];

    /// <summary>samples/DpoTraining as one unit: usings hoisted, the top-level statements wrapped in a method.</summary>
    private static string? Sample()
    {
        var directory = RepositoryFile("samples/DpoTraining");
        if (directory is null)
            return null;
        var files = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Path.GetFileName(path) == "Program.cs" ? WrapTopLevel(File.ReadAllText(path)) : File.ReadAllText(path));
        return Merge(files);
    }

    private static string WrapTopLevel(string program)
    {
        var usings = UsingLines(program);
        var body = string.Join("\n", program.Split('\n').Where(line => !IsUsing(line)));
        return string.Join("\n", usings) + "\nnamespace LanguageModels\n{\nstatic class SampleProgram\n{\nstatic void Main(string[] args)\n{\n" + body + "\n}\n}\n}\n";
    }

    /// <summary>Several files as one: their usings first (once each), then the rest.</summary>
    private static string Merge(IEnumerable<string> files)
    {
        var texts = files.ToList();
        var usings = texts.SelectMany(UsingLines).Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        foreach (var line in usings)
            text.Append(line).Append('\n');
        foreach (var file in texts)
            text.Append(string.Join("\n", file.Split('\n').Where(line => !IsUsing(line)))).Append('\n');
        return text.ToString();
    }

    private static IEnumerable<string> UsingLines(string text) => text.Split('\n').Where(IsUsing).Select(line => line.TrimEnd());

    private static bool IsUsing(string line) => Regex.IsMatch(line, @"^using [\w. =]+;\s*$");

    private static string? RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DropoutGuard.sln")))
            {
                var path = Path.Combine(directory.FullName, relative);
                return Directory.Exists(path) ? path : null;
            }
        }
        return null;
    }
}
