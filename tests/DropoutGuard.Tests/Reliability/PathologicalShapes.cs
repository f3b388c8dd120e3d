using System.Text;

namespace DropoutGuard.Tests.Reliability;

/// <summary>Code shapes whose analysis cost could grow faster than the code, generated at any size.</summary>
internal static class PathologicalShapes
{
    private const string Header = DeterminismCorpus.Usings + "namespace Shapes {\n";
    private const string Definitions = """
        public sealed class Gpt : nn.Module<Tensor, Tensor> { public Gpt(int w) : base("gpt") { } public override Tensor forward(Tensor x) => x; }
        public sealed class DpoTrainer { public DpoTrainer(nn.Module policy, nn.Module reference) { } }
        public static class Prep
        {
            public static void Zero(nn.Module m) { foreach (var x in m.modules()) if (x is Dropout d) d.p = 0; }
            public static T Quiet<T>(T m) where T : nn.Module { Zero(m); return m; }
        }

        """;

    public static IReadOnlyDictionary<string, Func<int, string>> All { get; } = new Dictionary<string, Func<int, string>>
    {
        ["one long method"] = LongMethod,
        ["generic instantiations"] = GenericInstantiations,
        ["helper chains"] = HelperChains,
        ["mutual recursion"] = MutualRecursion,
        ["partial parts"] = PartialParts,
    };

    private static string Wrap(StringBuilder body) => Header + Definitions + body + "}\n";

    private static string LongMethod(int size)
    {
        var body = new StringBuilder("public class DpoRun { public void TrainDpo(string path) {\n");
        for (var i = 0; i < size; i++)
            body.Append($"var m{i} = new Gpt({i}); if (path.Length > {i}) Prep.Zero(m{i}); else m{i}.eval(); var t{i} = new DpoTrainer(m{i}, m{(i == 0 ? 0 : i - 1)});\n");
        return Wrap(body.Append("} }\n"));
    }

    private static string GenericInstantiations(int size)
    {
        var body = new StringBuilder();
        for (var i = 0; i < size; i++)
            body.Append($"public sealed class G{i} : nn.Module<Tensor, Tensor> {{ public G{i}() : base(\"g\") {{ }} public override Tensor forward(Tensor x) => x; }}\n");
        body.Append("public class DpoRun {\n");
        for (var i = 0; i < size; i++)
            body.Append($"public void TrainDpo{i}() {{ var m = Prep.Quiet(new G{i}()); var t = new DpoTrainer(m, Prep.Quiet<nn.Module>(new G{(i + 1) % size}())); }}\n");
        return Wrap(body.Append("}\n"));
    }

    private static string HelperChains(int size)
    {
        var body = new StringBuilder("public static class Chain {\n");
        for (var i = 0; i < size; i++)
            body.Append($"public static void Link{i}(nn.Module m) {{ {(i + 1 < size ? $"Link{i + 1}(m);" : "Prep.Zero(m);")} }}\n");
        body.Append("}\npublic class DpoRun {\n");
        for (var i = 0; i < size; i++)
            body.Append($"public void TrainDpo{i}() {{ var m = new Gpt({i}); Chain.Link{i}(m); var t = new DpoTrainer(m, m); }}\n");
        return Wrap(body.Append("}\n"));
    }

    private static string MutualRecursion(int size)
    {
        var body = new StringBuilder("public static class Ring {\n");
        for (var i = 0; i < size; i++)
            body.Append($"public static void Step{i}(nn.Module m, int n) {{ if (n == 0) {{ Prep.Zero(m); return; }} Step{(i + 1) % size}(m, n - 1); Step{(i + size - 1) % size}(m, n - 1); }}\n");
        body.Append("}\npublic class DpoRun {\n");
        for (var i = 0; i < size; i++)
            body.Append($"public void TrainDpo{i}() {{ var m = new Gpt({i}); Ring.Step{i}(m, 3); var t = new DpoTrainer(m, m); }}\n");
        return Wrap(body.Append("}\n"));
    }

    private static string PartialParts(int size)
    {
        var body = new StringBuilder();
        for (var i = 0; i < size; i++)
        {
            body.Append($"public partial class DpoSession {{ private Gpt _m{i} = new Gpt({i}); " +
                        $"public void Prepare{i}() {{ Prep.Zero(_m{i}); }} public void TrainDpo{i}() {{ var t = new DpoTrainer(_m{i}, _m{(i + 1) % size}); }} }}\n");
        }
        return Wrap(body);
    }
}
