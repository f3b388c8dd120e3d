namespace DropoutGuard.Tests.Accuracy;

/// <summary>if/else and switch choosing how to load, early returns, try/finally around validation.</summary>
public class ControlFlowPrograms
{
    [Fact]
    public Task If_else_chooses_the_checkpoint_format_then_disables()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public static class SftEntry
                {
                    public static int Main(string[] args)
                    {
                        if (args.Length < 2)
                        {
                            Console.Error.WriteLine("usage: sft <checkpoint> <data>");
                            return 1;
                        }

                        TinyLm model;
                        if (args[0].EndsWith(".safetensors", StringComparison.OrdinalIgnoreCase))
                        {
                            model = new TinyLm(32000, 512);
                            model.load_safetensors(args[0]);
                        }
                        else if (File.Exists(args[0]))
                        {
                            model = new TinyLm(32000, 512);
                            model.load_py(args[0]);
                        }
                        else
                        {
                            model = new TinyLm(32000, 512);
                            Console.WriteLine("no checkpoint, training from scratch");
                        }

                        model.DisableDropout();
                        var batches = File.ReadLines(args[1])
                            .Select(line => torch.tensor(line.Select(c => (long)c).ToArray()))
                            .ToList();

                        new SftTrainer(model).Train(batches);
                        return 0;
                    }
                }
            }
            """);

    [Fact]
    public Task A_switch_expression_chooses_where_the_reference_comes_from()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class DpoLauncher
                {
                    public void Launch(string source, TrainingOptions options, IReadOnlyList<PreferenceBatch> batches)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(options.PolicyPath);
                        policy.DisableDropout();

                        TinyLm reference = [|source switch
                        {
                            "hub" => HubCache.Load(options.ReferencePath),
                            "local" => new TinyLm(32000, 768),
                            _ => throw new ArgumentException($"unknown source '{source}'", nameof(source)),
                        }|];
                        reference.load_py(options.ReferencePath);

                        var trainer = new DpoTrainer(policy, reference, options.Beta);
                        trainer.Train(batches);
                    }
                }

                public static class HubCache
                {
                    public static TinyLm Load(string repo)
                    {
                        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", repo);
                        var model = new TinyLm(32000, 768);
                        model.load_safetensors(Path.Combine(cache, "model.safetensors"));
                        return model;
                    }
                }
            }
            """);

    [Fact]
    public Task Early_return_before_the_disable_on_a_dry_run()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class SftJob
                {
                    private readonly bool _dryRun;

                    public SftJob(bool dryRun) => _dryRun = dryRun;

                    public void Run(string checkpoint, IReadOnlyList<Tensor> batches)
                    {
                        var model = new TinyLm(32000, 512);
                        model.load_py(checkpoint);

                        if (_dryRun)
                        {
                            var parameters = model.parameters().Sum(p => p.numel());
                            Console.WriteLine($"dry run: {parameters} parameters, {batches.Count} batches");
                            return;
                        }

                        if (batches.Count == 0)
                            throw new InvalidOperationException("no data");

                        model.DisableDropout();
                        var trainer = new SftTrainer(model, learningRate: 1e-5);
                        trainer.Train(batches);
                    }
                }
            }
            """);

    [Fact]
    public Task Try_finally_eval_and_train_around_validation_of_a_disabled_policy()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class DpoLoop
                {
                    public void Run(TrainingOptions options, IReadOnlyList<PreferenceBatch> train, IReadOnlyList<PreferenceBatch> validation)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(options.PolicyPath);
                        policy.DisableDropout();
                        var reference = new TinyLm(32000, 768);
                        reference.load_py(options.ReferencePath);
                        reference.eval();

                        var trainer = new DpoTrainer(policy, reference, options.Beta);
                        for (var epoch = 0; epoch < options.Epochs; epoch++)
                        {
                            trainer.Train(train);
                            try
                            {
                                policy.eval();
                                using var _ = torch.no_grad();
                                var accuracy = validation.Average(b => (LogProbs.Of(policy, b.Chosen) > LogProbs.Of(policy, b.Rejected)).to_type(ScalarType.Float32).mean().item<float>());
                                Console.WriteLine($"epoch {epoch}: preference accuracy {accuracy:P1}");
                            }
                            finally
                            {
                                policy.train();
                            }
                        }
                    }
                }
            }
            """);
}
