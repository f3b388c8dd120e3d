namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>Factories in their own file: loading, freezing, async loading; the jobs in other files call them.</summary>
    internal static class FactoryFiles
    {
        public static CorpusFile Create(UnitContext unit, int fileIndex, int targetLines)
        {
            var model = unit.AnyModel();
            var name = "ModelFactory" + fileIndex.ToString("D4");
            var w = new CodeWriter();
            Usings.Write(w, pyBridge: true, tasks: true);
            w.Open("namespace " + unit.Namespace);
            w.Open($"public static class {name}");
            w.Open($"public static {model} Create(string path)");
            w.Line($"var model = new {model}(32000, 512);");
            w.Line(unit.Chance(0.5) ? "model.load_py(path);" : "model.load(path);");
            w.Line("return model;");
            w.Close();
            w.Line();
            w.Open($"public static {model} CreateFrozen(string path)");
            w.Line("var model = Create(path);");
            w.Line("model.eval();");
            w.Line("return model;");
            w.Close();
            w.Line();
            w.Open($"public static {model} CreateWithoutDropout(string path)");
            w.Line($"var model = new {model}(32000, 512, dropout: 0.0);");
            w.Line("model.load_py(path);");
            w.Line("return model;");
            w.Close();
            w.Line();
            w.Line($"public static Task<{model}> CreateAsync(string path) => Task.Run(() => Create(path));");
            Filler.GrowTo(w, unit, targetLines, reserveLines: 2);
            w.Close();
            w.Close();
            unit.Factories.Add((name, model));
            return new CorpusFile($"{unit.Namespace}/Loading/{name}.cs", w.ToString());
        }
    }
}
