using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Accuracy;

/// <summary>Fine-tuning programs that disable dropout properly, in the usual ways, and the script that forgets to.</summary>
public class CorrectPrograms
{
    [Fact]
    public Task Canonical_DPO_with_a_frozen_reference_and_train_every_step()
        => Corpus.VerifyAsync("""
            namespace Acme.Dpo
            {
                public sealed class Runner
                {
                    public void Run(TrainingOptions options, IReadOnlyList<PreferenceBatch> batches)
                    {
                        using var policy = new TinyLm(32000, 1024);
                        policy.load_py(options.PolicyPath);
                        policy.DisableDropout();

                        using var reference = new TinyLm(32000, 1024);
                        reference.load_py(options.ReferencePath);
                        reference.DisableDropout();
                        reference.eval();

                        var optimizer = torch.optim.AdamW(policy.parameters(), lr: 5e-7);
                        for (var epoch = 0; epoch < options.Epochs; epoch++)
                        {
                            foreach (var batch in batches)
                            {
                                policy.train();
                                optimizer.zero_grad();
                                Tensor refChosen, refRejected;
                                using (torch.no_grad())
                                {
                                    refChosen = LogProbs.Of(reference, batch.Chosen);
                                    refRejected = LogProbs.Of(reference, batch.Rejected);
                                }
                                var margin = (LogProbs.Of(policy, batch.Chosen) - refChosen) - (LogProbs.Of(policy, batch.Rejected) - refRejected);
                                var loss = -nn.functional.logsigmoid(options.Beta * margin).mean();
                                loss.backward();
                                optimizer.step();
                            }
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Inline_modules_loop_and_apply_set_p_to_zero()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class PreferenceRun
                {
                    public void Execute(TrainingOptions options, IReadOnlyList<PreferenceBatch> batches)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(options.PolicyPath);
                        foreach (var module in policy.modules())
                        {
                            if (module is Dropout dropout)
                                dropout.p = 0;
                        }

                        var reference = new TinyLm(32000, 768);
                        reference.load_py(options.ReferencePath);
                        reference.apply(module =>
                        {
                            if (module is Dropout dropout)
                                dropout.p = 0.0;
                        });

                        var trainer = new KtoTrainer(policy, reference);
                        trainer.Train(batches);
                        Console.WriteLine($"trained on {batches.Count} batches");
                    }
                }
            }
            """);

    [Fact]
    public Task Dropout_argument_zero_at_construction_for_SFT()
        => Corpus.VerifyAsync("""
            namespace Acme.Tuning
            {
                public static class InstructionTuning
                {
                    public static void RunSft(string checkpoint, string dataPath)
                    {
                        var model = new TinyLm(32000, 512, residDropout: 0.0);
                        model.load_py(checkpoint);
                        model.to(DeviceType.CUDA);

                        var batches = new List<Tensor>();
                        using (var reader = new StreamReader(dataPath))
                        {
                            string? line;
                            while ((line = reader.ReadLine()) is not null)
                                batches.Add(torch.tensor(line.Split(' ').Select(long.Parse).ToArray()));
                        }

                        var trainer = new SftTrainer(model, learningRate: 2e-5);
                        for (var epoch = 0; epoch < 2; epoch++)
                        {
                            model.train();
                            trainer.Train(batches);
                        }
                        model.save(Path.ChangeExtension(checkpoint, ".sft.dat"));
                    }
                }
            }
            """);

    [Fact]
    public Task A_generic_prepare_helper_with_LINQ_returns_the_disabled_model()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                internal static class ModelSetup
                {
                    public static T Prepare<T>(T model, string checkpoint) where T : nn.Module
                    {
                        model.load_py(checkpoint);
                        foreach (var dropout in model.modules().OfType<Dropout>())
                            dropout.p = 0.0;
                        return model;
                    }
                }

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var policy = ModelSetup.Prepare(new TinyLm(32000, 768), args[0]);
                        var reference = ModelSetup.Prepare(new TinyLm(32000, 768), args[0]);
                        reference.eval();

                        var batches = Enumerable.Range(0, 16)
                            .Select(_ => new PreferenceBatch(torch.randint(0, 32000, new long[] { 2, 64 }), torch.randint(0, 32000, new long[] { 2, 64 })))
                            .ToList();

                        var trainer = new DpoTrainer(policy, reference, beta: 0.1);
                        for (var epoch = 0; epoch < 3; epoch++)
                        {
                            policy.train();
                            trainer.Train(batches);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Top_level_SFT_script_with_using_var()
        => Corpus.VerifyAsync("""
            var checkpoint = args.Length > 0 ? args[0] : "base.pt";
            using var model = new TinyLm(32000, 512);
            model.load_py(checkpoint);
            model.DisableDropout();

            var batches = new List<Tensor>();
            for (var i = 0; i < 100; i++)
                batches.Add(torch.randint(0, 32000, new long[] { 8, 128 }));

            var trainer = new SftTrainer(model, learningRate: 1e-5);
            for (var epoch = 0; epoch < 3; epoch++)
            {
                model.train();
                trainer.Train(batches);
                Console.WriteLine($"epoch {epoch} done");
            }

            model.save_py(Path.ChangeExtension(checkpoint, ".sft.pt"));
            """, new VerifierOptions { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Top_level_SFT_script_that_forgets()
        => Corpus.VerifyAsync("""
            var checkpoint = args.Length > 0 ? args[0] : "base.pt";
            using var model = [|new TinyLm(32000, 512)|];
            model.load_py(checkpoint);

            var batches = new List<Tensor>();
            for (var i = 0; i < 100; i++)
                batches.Add(torch.randint(0, 32000, new long[] { 8, 128 }));

            var trainer = new SftTrainer(model, learningRate: 1e-5);
            for (var epoch = 0; epoch < 3; epoch++)
            {
                model.train();
                trainer.Train(batches);
                Console.WriteLine($"epoch {epoch} done");
            }

            model.save_py(Path.ChangeExtension(checkpoint, ".sft.pt"));
            """, new VerifierOptions { OutputKind = OutputKind.ConsoleApplication });
}
