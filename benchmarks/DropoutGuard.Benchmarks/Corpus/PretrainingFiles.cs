namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// Pretraining loops and classification fine-tuning: training with dropout on is intended here, so these files are
    /// busy with models, optimizers and train()/eval() but off every DPO/SFT path.
    /// </summary>
    internal static class PretrainingFiles
    {
        public static CorpusFile Create(UnitContext unit, int fileIndex, int targetLines, bool classification)
        {
            var model = unit.AnyModel();
            var name = (classification ? "ClassifierFineTuning" : "Pretraining") + fileIndex.ToString("D4");
            var w = new CodeWriter();
            Usings.Write(w, pyBridge: true);
            w.Open("namespace " + unit.Namespace);
            w.Open($"public sealed class {name}");
            w.Line("private readonly int _epochs;");
            w.Line($"public {name}(int epochs) => _epochs = epochs;");
            w.Line();
            w.Open("public void Run(string output)");
            w.Line($"var model = new {model}(32000, 512, dropout: 0.1);");
            if (classification)
            {
                w.Line("model.load_py(output + \".pretrained\");");
                w.Line("var classifier = nn.Linear(32000, 4);");
            }
            w.Line(classification
                ? "var optimizer = torch.optim.AdamW(model.parameters().Concat(classifier.parameters()), 2e-5);"
                : "var optimizer = torch.optim.AdamW(model.parameters(), 3e-4);");
            w.Open("for (var epoch = 0; epoch < _epochs; epoch++)");
            w.Line("model.train();");
            w.Open("for (var step = 0; step < 100; step++)");
            w.Line("var batch = Batches.RandomTokens(8, 128, 32000);");
            w.Line("var logits = model.forward(batch.Tokens);");
            w.Line(classification
                ? "var loss = nn.functional.cross_entropy(classifier.forward(logits.mean(new long[] { 1 })), batch.Labels.select(1, 0) % 4);"
                : "var loss = nn.functional.cross_entropy(logits.reshape(-1, 32000), batch.Labels.reshape(-1));");
            w.Line("optimizer.zero_grad();").Line("loss.backward();").Line("optimizer.step();");
            w.Close();
            w.Line("model.eval();");
            w.Open("using (torch.no_grad())");
            w.Line("var validation = Batches.RandomTokens(8, 128, 32000);");
            w.Line("Console.WriteLine(model.forward(validation.Tokens).mean().item<float>());");
            w.Close();
            w.Close();
            w.Line("model.save(output);");
            w.Close();
            Filler.GrowTo(w, unit, targetLines, reserveLines: 2);
            w.Close();
            w.Close();
            var text = w.ToString();
            if (classification)
                text = "using System.Linq;\n" + text;
            return new CorpusFile($"{unit.Namespace}/Training/{name}.cs", text);
        }
    }
}
