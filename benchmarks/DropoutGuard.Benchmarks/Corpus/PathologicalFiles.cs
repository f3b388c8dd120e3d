using System.Collections.Generic;

namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// Single files with shapes that make naive flow analyses blow up. Each is on a DPO path by name and compiles next to
    /// the shared files alone.
    /// </summary>
    public static class PathologicalFiles
    {
        public static IEnumerable<(string Name, CorpusFile File)> All()
        {
            yield return ("one method, 500 models", FiveHundredModels());
            yield return ("50-deep helper chain", HelperChain(50));
            yield return ("mutual recursion", MutualRecursion(12));
            yield return ("200 partial-class parts", PartialParts(200));
            yield return ("5,000-line method", LongMethod(5000));
            yield return ("30 nested lambdas", NestedLambdas(30));
        }

        private static CodeWriter Start(string name)
        {
            var w = new CodeWriter();
            Usings.Write(w, pyBridge: true);
            w.Open("namespace Corpus.Pathological." + name);
            return w;
        }

        private static CorpusFile Finish(CodeWriter w, string name)
        {
            w.Close();
            return new CorpusFile($"Pathological/{name}DpoJob.cs", w.ToString());
        }

        private static CorpusFile FiveHundredModels()
        {
            var w = Start("FiveHundred");
            w.Open("public static class FiveHundredDpoJob");
            w.Open("public static void Run(string path, PreferenceBatch batch)");
            w.Line("var optimizer = torch.optim.AdamW(new BaseDecoder(8, 8).parameters(), 1e-6);");
            for (var i = 0; i < 500; i += 2)
            {
                w.Line($"var policy{i} = new BaseDecoder(32000, 512);");
                w.Line($"policy{i}.load_py(path);");
                w.Line($"var reference{i} = new BaseDecoder(32000, 512);");
                w.Line($"reference{i}.load_py(path);");
                if (i % 4 == 0)
                    w.Line($"DropoutTools.DisableDropout(reference{i});");
                w.Line($"new DpoTrainer(policy{i}, reference{i}).Step(batch, optimizer);");
            }
            w.Close();
            w.Close();
            return Finish(w, "FiveHundred");
        }

        private static CorpusFile HelperChain(int depth)
        {
            var w = Start("Chain");
            w.Open("public static class ChainDpoJob");
            w.Open("public static void Run(string path)");
            w.Line("var model = new BaseDecoder(32000, 512);");
            w.Line("model.load_py(path);");
            w.Line("Step0(model, path);");
            w.Close();
            for (var i = 0; i < depth; i++)
            {
                w.Open($"private static void Step{i}(nn.Module<Tensor, Tensor> model, string path)");
                w.Line("model.to(DeviceType.CPU);");
                w.Line(i + 1 < depth ? $"Step{i + 1}(model, path);" : "new DpoTrainer(model, new BaseDecoder(32000, 512)).Step(Batches.RandomPreference(1, 8, 32000), torch.optim.AdamW(model.parameters(), 1e-6));");
                w.Close();
            }
            w.Close();
            return Finish(w, "Chain");
        }

        private static CorpusFile MutualRecursion(int methods)
        {
            var w = Start("Recursion");
            w.Open("public static class RecursionDpoJob");
            w.Open("public static void Run(string path)");
            w.Line("var model = new BaseDecoder(32000, 512);");
            w.Line("model.load_py(path);");
            w.Line("Visit0(model, 10);");
            w.Close();
            for (var i = 0; i < methods; i++)
            {
                w.Open($"private static nn.Module<Tensor, Tensor> Visit{i}(nn.Module<Tensor, Tensor> model, int n)");
                w.Line("if (n <= 0)");
                w.Line("    return new DpoTrainer(model, model).Step(Batches.RandomPreference(1, 8, 32000), torch.optim.AdamW(model.parameters(), 1e-6)) > 0 ? model : model;");
                w.Line($"var next = n % 2 == 0 ? Visit{(i + 1) % methods}(model, n - 1) : Visit{(i + 5) % methods}(model, n - 1);");
                w.Line("return Visit0(next, n - 2);");
                w.Close();
            }
            w.Close();
            return Finish(w, "Recursion");
        }

        private static CorpusFile PartialParts(int parts)
        {
            var w = Start("Partial");
            for (var i = 0; i < parts; i++)
            {
                w.Open("public sealed partial class PartialDpoJob");
                w.Line($"private BaseDecoder? _model{i};");
                w.Open($"public void Load{i}(string path)");
                w.Line($"_model{i} = new BaseDecoder(32000, 512);");
                w.Line($"_model{i}.load_py(path);");
                w.Close();
                w.Line($"public float Train{i}(PreferenceBatch batch) => new DpoTrainer(_model{i}!, _model{(i + 1) % parts}!).Step(batch, torch.optim.AdamW(_model{i}!.parameters(), 1e-6));");
                w.Close();
            }
            return Finish(w, "Partial");
        }

        private static CorpusFile LongMethod(int lines)
        {
            var w = Start("Long");
            w.Open("public static class LongDpoJob");
            w.Open("public static float Run(string path, PreferenceBatch batch)");
            w.Line("var policy = new BaseDecoder(32000, 512);");
            w.Line("policy.load_py(path);");
            w.Line("var reference = new BaseDecoder(32000, 512);");
            w.Line("var optimizer = torch.optim.AdamW(policy.parameters(), 1e-6);");
            w.Line("var total = 0f;");
            for (var i = 0; w.Lines < lines; i++)
            {
                switch (i % 5)
                {
                    case 0: w.Line($"var logits{i} = policy.forward(batch.Chosen);"); break;
                    case 1: w.Line($"total += logits{i - 1}.mean().item<float>();"); break;
                    case 2: w.Line($"if (total > {i}) reference.eval(); else policy.train();"); break;
                    case 3: w.Line($"var alias{i} = Same(policy);"); break;
                    default: w.Line($"total += new DpoTrainer(alias{i - 1}, reference).Step(batch, optimizer);"); break;
                }
            }
            w.Line("return total;");
            w.Close();
            w.Line("private static nn.Module<Tensor, Tensor> Same(nn.Module<Tensor, Tensor> model) => model;");
            w.Close();
            return Finish(w, "Long");
        }

        private static CorpusFile NestedLambdas(int depth)
        {
            var w = Start("Lambdas");
            w.Open("public static class LambdasDpoJob");
            w.Open("public static float Run(string path, PreferenceBatch batch)");
            w.Line("var model = new BaseDecoder(32000, 512);");
            w.Line("model.load_py(path);");
            for (var i = 0; i < depth; i++)
            {
                w.Line($"Func<nn.Module<Tensor, Tensor>, float> level{i} = m{i} =>");
                w.Line("{");
            }
            w.Line($"return new DpoTrainer(m{depth - 1}, m0).Step(batch, torch.optim.AdamW(m{depth - 1}.parameters(), 1e-6));");
            for (var i = depth - 1; i >= 0; i--)
            {
                w.Line("};");
                w.Line(i == 0 ? "return level0(model);" : $"return level{i}(m{i - 1});");
            }
            w.Close();
            w.Close();
            return Finish(w, "Lambdas");
        }
    }
}
