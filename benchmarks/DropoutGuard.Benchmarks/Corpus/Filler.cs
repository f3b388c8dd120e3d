namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// Helper members found around TorchSharp code (metrics, schedules, collation, logging) that grow a file to its
    /// drawn length. They bind like real code and hold no model, so they measure what every block costs the analysis.
    /// </summary>
    internal static class Filler
    {
        public static void GrowTo(CodeWriter w, UnitContext unit, int targetLines, int reserveLines)
        {
            var n = 0;
            while (w.Lines + reserveLines < targetLines)
                Write(w, unit, n++);
        }

        private static void Write(CodeWriter w, UnitContext unit, int n)
        {
            w.Line();
            switch (unit.Next(0, 7))
            {
                case 0:
                    w.Open($"private static Tensor Normalize{n}(Tensor x)");
                    w.Line("var centered = x - x.mean();");
                    w.Line("var scale = centered.pow(2).mean().sqrt() + 1e-5;");
                    w.Line("return centered / scale;");
                    w.Close();
                    break;
                case 1:
                    w.Open($"private static double LearningRate{n}(int step, int warmup, int total, double peak)");
                    w.Line("if (step < warmup)");
                    w.Line("    return peak * (step + 1) / warmup;");
                    w.Line("var progress = (double)(step - warmup) / Math.Max(1, total - warmup);");
                    w.Line("return 0.5 * peak * (1 + Math.Cos(Math.PI * Math.Min(1.0, progress)));");
                    w.Close();
                    break;
                case 2:
                    w.Open($"private static Tensor Collate{n}(IReadOnlyList<long[]> rows, long padding)");
                    w.Line("var width = 0;");
                    w.Line("foreach (var row in rows)");
                    w.Line("    width = Math.Max(width, row.Length);");
                    w.Line("var data = new long[rows.Count * width];");
                    w.Open("for (var i = 0; i < rows.Count; i++)");
                    w.Line("for (var j = 0; j < width; j++)");
                    w.Line("    data[i * width + j] = j < rows[i].Length ? rows[i][j] : padding;");
                    w.Close();
                    w.Line("return torch.tensor(data, new long[] { rows.Count, width });");
                    w.Close();
                    break;
                case 3:
                    w.Open($"private static string Describe{n}(string phase, int step, IReadOnlyList<float> losses)");
                    w.Line("var sum = 0.0;");
                    w.Line("foreach (var loss in losses)");
                    w.Line("    sum += loss;");
                    w.Line("var mean = losses.Count == 0 ? 0 : sum / losses.Count;");
                    w.Line("return $\"{phase} step {step}: loss {mean:F4} over {losses.Count} batches\";");
                    w.Close();
                    break;
                case 4:
                    w.Open($"private static Tensor Accuracy{n}(Tensor logits, Tensor labels)");
                    w.Line("var predicted = logits.argmax(-1);");
                    w.Line("var correct = predicted.eq(labels).to_type(ScalarType.Float32);");
                    w.Line("return correct.mean();");
                    w.Close();
                    break;
                case 5:
                    w.Open($"private static Dictionary<string, double> ParseSettings{n}(string text)");
                    w.Line("var settings = new Dictionary<string, double>(StringComparer.Ordinal);");
                    w.Open("foreach (var line in text.Split('\\n'))");
                    w.Line("var parts = line.Split('=');");
                    w.Line("if (parts.Length == 2 && double.TryParse(parts[1], out var value))");
                    w.Line("    settings[parts[0].Trim()] = value;");
                    w.Close();
                    w.Line("return settings;");
                    w.Close();
                    break;
                default:
                    w.Open($"private static Tensor ClipNorm{n}(IEnumerable<Tensor> gradients, double maxNorm)");
                    w.Line("var total = torch.zeros(1);");
                    w.Line("foreach (var gradient in gradients)");
                    w.Line("    total = total + gradient.pow(2).sum();");
                    w.Line("var norm = total.sqrt();");
                    w.Line("return torch.clamp(norm / maxNorm, min: 1.0);");
                    w.Close();
                    break;
            }
        }
    }
}
