namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>Inference services: a loaded model in eval mode behind sync and async prediction methods; no training path.</summary>
    internal static class InferenceFiles
    {
        public static CorpusFile Create(UnitContext unit, int fileIndex, int targetLines)
        {
            var model = unit.AnyModel();
            var name = unit.Pick("Completion", "Scoring", "Embedding", "Ranking") + "Service" + fileIndex.ToString("D4");
            var w = new CodeWriter();
            Usings.Write(w, pyBridge: true, linq: true, tasks: true);
            w.Open("namespace " + unit.Namespace);
            w.Open($"public sealed class {name} : IDisposable");
            w.Line($"private readonly {model} _model;");
            w.Line("private readonly Device _device;");
            w.Line();
            w.Open($"public {name}(string checkpoint, bool useCuda)");
            w.Line("_device = useCuda ? torch.CUDA : torch.CPU;");
            w.Line($"_model = new {model}(32000, 512);");
            w.Line("_model.load_py(checkpoint);");
            w.Line("_model.to(_device);");
            w.Line("_model.eval();");
            w.Close();
            w.Line();
            w.Open("public float[] Score(IReadOnlyList<long[]> prompts)");
            w.Open("using (torch.no_grad())");
            w.Line("var scores = new List<float>();");
            w.Open("foreach (var prompt in prompts)");
            w.Line("var tokens = torch.tensor(prompt, new long[] { 1, prompt.Length }).to(_device);");
            w.Line("var logits = _model.forward(tokens);");
            w.Line("scores.Add(nn.functional.log_softmax(logits, -1).max().item<float>());");
            w.Close();
            w.Line("return scores.ToArray();");
            w.Close();
            w.Close();
            w.Line();
            w.Open("public async Task<float[]> ScoreAsync(IReadOnlyList<long[]> prompts)");
            w.Line("var results = await Task.WhenAll(prompts.Select(prompt => Task.Run(() => Score(new[] { prompt })[0])));");
            w.Line("return results;");
            w.Close();
            w.Line();
            w.Line("public void Dispose() => _model.Dispose();");
            Filler.GrowTo(w, unit, targetLines, reserveLines: 2);
            w.Close();
            w.Close();
            return new CorpusFile($"{unit.Namespace}/Serving/{name}.cs", w.ToString());
        }
    }
}
