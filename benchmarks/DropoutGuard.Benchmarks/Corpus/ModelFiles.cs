namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// Model definitions: registered Dropout modules, functional dropout with and without <c>training</c>, Sequential
    /// and ModuleList containers, and attention layers that take dropout as a constructor argument.
    /// </summary>
    internal static class ModelFiles
    {
        public static CorpusFile Create(UnitContext unit, int fileIndex, int targetLines)
        {
            var name = unit.Pick("Gpt", "Decoder", "Encoder", "Transformer", "Lm", "Tagger") + "Model" + fileIndex.ToString("D4");
            var block = name + "Block";
            var w = new CodeWriter();
            Usings.Write(w);
            w.Open("namespace " + unit.Namespace);

            // A block with functional dropout; a fifth of them forget training (DG0004 material).
            var passesTraining = unit.Chance(0.8);
            w.Open($"public sealed class {block} : nn.Module<Tensor, Tensor>");
            w.Line("private readonly Linear _up;").Line("private readonly Linear _down;").Line("private readonly LayerNorm _norm;").Line("private readonly double _p;");
            w.Open($"public {block}(long width, double dropout) : base(nameof({block}))");
            w.Line("_up = nn.Linear(width, width * 4);").Line("_down = nn.Linear(width * 4, width);").Line("_norm = nn.LayerNorm(width);").Line("_p = dropout;");
            w.Line("RegisterComponents();");
            w.Close();
            w.Open("public override Tensor forward(Tensor x)");
            w.Line("var hidden = nn.functional.gelu(_up.forward(_norm.forward(x)));");
            w.Line(passesTraining ? "hidden = nn.functional.dropout(hidden, _p, training);" : "hidden = nn.functional.dropout(hidden, _p);");
            w.Line("return x + _down.forward(hidden);");
            w.Close();
            w.Close();
            w.Line();

            var container = unit.Pick("list", "sequential", "attention");
            w.Open($"public sealed class {name} : nn.Module<Tensor, Tensor>");
            w.Line("private readonly Embedding _embedding;").Line("private readonly Dropout _embeddingDropout;").Line("private readonly Linear _head;");
            switch (container)
            {
                case "list": w.Line($"private readonly ModuleList<{block}> _blocks;"); break;
                case "sequential": w.Line("private readonly Sequential _body;"); break;
                default: w.Line("private readonly MultiheadAttention _attention;").Line($"private readonly {block} _block;"); break;
            }
            w.Line();
            w.Open($"public {name}(long vocabulary, long width, double dropout = 0.1) : base(nameof({name}))");
            w.Line("_embedding = nn.Embedding(vocabulary, width);");
            w.Line("_embeddingDropout = nn.Dropout(dropout);");
            switch (container)
            {
                case "list":
                    var layers = unit.Next(2, 5);
                    w.Line($"_blocks = new ModuleList<{block}>();");
                    w.Line($"for (var i = 0; i < {layers}; i++)");
                    w.Line($"    _blocks.Add(new {block}(width, dropout));");
                    break;
                case "sequential":
                    w.Line("_body = nn.Sequential(");
                    w.Line("    (\"fc1\", nn.Linear(width, width * 4)),");
                    w.Line("    (\"act\", nn.GELU()),");
                    w.Line("    (\"drop\", nn.Dropout(dropout)),");
                    w.Line("    (\"fc2\", nn.Linear(width * 4, width)));");
                    break;
                default:
                    w.Line("_attention = nn.MultiheadAttention(width, 8, dropout: dropout);");
                    w.Line($"_block = new {block}(width, dropout);");
                    break;
            }
            w.Line("_head = nn.Linear(width, vocabulary);");
            w.Line("RegisterComponents();");
            w.Close();
            w.Line();
            w.Open("public override Tensor forward(Tensor tokens)");
            w.Line("var x = _embeddingDropout.forward(_embedding.forward(tokens));");
            switch (container)
            {
                case "list":
                    w.Line("foreach (var block in _blocks)");
                    w.Line("    x = block.forward(x);");
                    break;
                case "sequential":
                    w.Line("x = _body.forward(x);");
                    break;
                default:
                    w.Line("var (attended, _) = _attention.forward(x, x, x, null, false, null);");
                    w.Line("x = _block.forward(x + attended);");
                    break;
            }
            w.Line("return _head.forward(x);");
            w.Close();
            w.Line();
            w.Open("public Tensor Generate(Tensor prompt, int steps)");
            w.Line("var tokens = prompt;");
            w.Open("using (torch.no_grad())");
            w.Open("for (var step = 0; step < steps; step++)");
            w.Line("var next = forward(tokens).select(1, -1).argmax(-1, true);");
            w.Line("tokens = torch.cat(new[] { tokens, next }, 1);");
            w.Close();
            w.Close();
            w.Line("return tokens;");
            w.Close();
            Filler.GrowTo(w, unit, targetLines, reserveLines: 3);
            w.Close();
            w.Close();
            unit.Models.Add(name);
            return new CorpusFile($"{unit.Namespace}/Models/{name}.cs", w.ToString());
        }
    }
}
