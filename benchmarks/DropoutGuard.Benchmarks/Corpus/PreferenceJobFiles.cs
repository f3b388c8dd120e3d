using System;

namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>
    /// DPO, SFT and KTO jobs: models from constructors, loaders and factories in other files, with and without dropout
    /// disabled (helper call, inline loop, apply lambda, zero dropout argument), eval()-then-train() loops, wrapper
    /// objects, async loading and lambdas over batches. About half the models reach a trainer with dropout on.
    /// </summary>
    internal static class PreferenceJobFiles
    {
        public static CorpusFile Create(UnitContext unit, int fileIndex, int targetLines, int minimumRuns = 2)
        {
            var kind = unit.Pick("Dpo", "Dpo", "Sft", "Kto");
            var name = kind + "Job" + fileIndex.ToString("D4");
            var w = new CodeWriter();
            Usings.Write(w, pyBridge: true, linq: true, tasks: true);
            w.Open("namespace " + unit.Namespace);
            w.Open($"public sealed class {name}");
            w.Line("private readonly string _checkpoint;");
            w.Line($"public {name}(string checkpoint) => _checkpoint = checkpoint;");
            var runs = unit.Next(minimumRuns, minimumRuns + 4);
            for (var run = 0; run < runs || w.Lines + 40 < Math.Min(targetLines, 120 + run * 40); run++)
            {
                w.Line();
                if (kind == "Sft")
                    WriteSftRun(w, unit, run);
                else
                    WritePreferenceRun(w, unit, run, kind + "Trainer", "PolicyPair" + fileIndex.ToString("D4"));
            }
            Filler.GrowTo(w, unit, targetLines, reserveLines: 2);
            w.Close();
            w.Line();
            w.Open($"public sealed class PolicyPair{fileIndex:D4}");
            w.Line($"public PolicyPair{fileIndex:D4}(nn.Module<Tensor, Tensor> policy, nn.Module<Tensor, Tensor> reference) {{ Policy = policy; Reference = reference; }}");
            w.Line("public nn.Module<Tensor, Tensor> Policy { get; }");
            w.Line("public nn.Module<Tensor, Tensor> Reference { get; }");
            w.Close();
            w.Close();
            return new CorpusFile($"{unit.Namespace}/Training/{name}.cs", w.ToString());
        }

        /// <summary>How a model is made: a constructor with a checkpoint load, a factory from another file, or a zero-dropout constructor.</summary>
        private static string MakeModel(UnitContext unit, string variable, bool viaFactory, out bool disabledAtCreation)
        {
            disabledAtCreation = false;
            if (viaFactory && unit.Factories.Count > 0)
            {
                var (factory, _) = unit.Factories[unit.Next(0, unit.Factories.Count)];
                return $"var {variable} = {factory}.Create(_checkpoint);";
            }
            var model = unit.AnyModel();
            if (unit.Chance(0.1))
            {
                disabledAtCreation = true;
                return $"var {variable} = new {model}(32000, 512, dropout: 0.0);";
            }
            return $"var {variable} = new {model}(32000, 512);\n{variable}.load_py(_checkpoint);";
        }

        private static void WriteModel(CodeWriter w, string statement)
        {
            foreach (var line in statement.Split('\n'))
                w.Line(line);
        }

        /// <summary>Disables dropout on the model one of the ways people do, or not at all.</summary>
        private static void MaybeDisable(CodeWriter w, UnitContext unit, string variable, double probability)
        {
            if (!unit.Chance(probability))
                return;
            switch (unit.Next(0, 3))
            {
                case 0:
                    w.Line($"DropoutTools.DisableDropout({variable});");
                    break;
                case 1:
                    w.Line($"foreach (var module in {variable}.modules())");
                    w.Line("    if (module is Dropout dropout) dropout.p = 0;");
                    break;
                default:
                    w.Line($"{variable}.apply(module => {{ if (module is Dropout dropout) dropout.p = 0.0; }});");
                    break;
            }
        }

        private static void WritePreferenceRun(CodeWriter w, UnitContext unit, int run, string trainer, string pairType)
        {
            var shape = unit.Next(0, 4);
            var isAsync = shape == 3;
            w.Open(isAsync ? $"public async Task<float> Run{run}Async(int steps)" : $"public float Run{run}(int steps)");
            if (isAsync && unit.Factories.Count > 0)
            {
                var (factory, _) = unit.Factories[unit.Next(0, unit.Factories.Count)];
                w.Line($"var policy = await {factory}.CreateAsync(_checkpoint);");
            }
            else
            {
                WriteModel(w, MakeModel(unit, "policy", viaFactory: unit.Chance(0.4), out _));
            }
            MaybeDisable(w, unit, "policy", 0.45);
            WriteModel(w, MakeModel(unit, "reference", viaFactory: false, out _));
            MaybeDisable(w, unit, "reference", 0.6);
            if (shape == 1)
                w.Line("reference.eval();");
            w.Line("var optimizer = torch.optim.AdamW(policy.parameters(), 5e-7);");
            if (shape == 2)
            {
                w.Line($"var pair = new {pairType}(policy, reference);");
                w.Line($"var trainer = new {trainer}(pair.Policy, pair.Reference, beta: 0.1);");
            }
            else
            {
                w.Line($"var trainer = new {trainer}(policy, reference, beta: 0.1);");
            }
            w.Line("var batches = Enumerable.Range(0, steps).Select(_ => Batches.RandomPreference(4, 256, 32000)).ToList();");
            if (shape == 1)
            {
                w.Line("var total = 0f;");
                w.Open("foreach (var batch in batches)");
                w.Line("policy.train();");
                w.Line("total += trainer.Step(batch, optimizer);");
                w.Close();
                w.Line("return total / Math.Max(1, steps);");
            }
            else
            {
                w.Line("var losses = batches.Select(batch => trainer.Step(batch, optimizer)).ToList();");
                w.Line("return losses.Count == 0 ? 0f : losses.Average();");
            }
            w.Close();
        }

        private static void WriteSftRun(CodeWriter w, UnitContext unit, int run)
        {
            w.Open($"public float Run{run}(int steps)");
            WriteModel(w, MakeModel(unit, "model", viaFactory: unit.Chance(0.5), out _));
            MaybeDisable(w, unit, "model", 0.45);
            w.Line("model.to(DeviceType.CUDA);");
            w.Line("var optimizer = torch.optim.AdamW(model.parameters(), 1e-5);");
            w.Line("var trainer = new SftTrainer(model);");
            w.Line("var total = 0f;");
            w.Open("for (var step = 0; step < steps; step++)");
            w.Line("var batch = Batches.RandomTokens(4, 512, 32000);");
            w.Line("total += trainer.Step(batch, optimizer);");
            w.Close();
            w.Line("return total / Math.Max(1, steps);");
            w.Close();
        }
    }
}
