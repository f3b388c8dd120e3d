namespace DropoutGuard.Tests.Accuracy;

/// <summary>Models kept in arrays, lists and collection expressions, disabled by loops and helpers.</summary>
public class CollectionPrograms
{
    [Fact]
    public Task Foreach_over_an_array_of_both_models()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public static class PreferenceRun
                {
                    public static void Main(string[] args)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(args[0]);
                        var reference = new TinyLm(32000, 768);
                        reference.load_py(args[0]);

                        foreach (var m in new[] { policy, reference })
                            m.DisableDropout();
                        reference.eval();

                        var batches = new List<PreferenceBatch>();
                        foreach (var line in File.ReadLines(args[1]).Take(64))
                        {
                            var parts = line.Split('\t');
                            batches.Add(new PreferenceBatch(Tokenize(parts[0]), Tokenize(parts[1])));
                        }

                        var trainer = new DpoTrainer(policy, reference);
                        trainer.Train(batches);
                    }

                    private static Tensor Tokenize(string text)
                        => torch.tensor(text.Select(c => (long)c % 32000).ToArray());
                }
            }
            """);

    [Fact]
    public Task List_ForEach_disables_every_model()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class PreferenceRun
                {
                    private readonly TrainingOptions _options;

                    public PreferenceRun(TrainingOptions options) => _options = options;

                    public void Execute(IEnumerable<PreferenceBatch> data)
                    {
                        var policy = new TinyLm(32000, 768);
                        var reference = new TinyLm(32000, 768);
                        if (_options.UseSafetensors)
                        {
                            policy.load_safetensors(_options.PolicyPath);
                            reference.load_safetensors(_options.ReferencePath);
                        }
                        else
                        {
                            policy.load_py(_options.PolicyPath);
                            reference.load_py(_options.ReferencePath);
                        }

                        var models = new List<TinyLm> { policy, reference };
                        models.ForEach(m => m.DisableDropout());
                        models.ForEach(m => m.to(DeviceType.CUDA));

                        var trainer = new DpoTrainer(policy, reference, _options.Beta);
                        for (var epoch = 0; epoch < _options.Epochs; epoch++)
                            trainer.Train(data);
                    }
                }
            }
            """);

    [Fact]
    public Task For_loop_over_a_collection_expression_of_SFT_candidates()
        => Corpus.VerifyAsync("""
            namespace Acme.Tuning
            {
                public static class SweepProgram
                {
                    public static void Main(string[] args)
                    {
                        TinyLm[] candidates = [new TinyLm(32000, 256), new TinyLm(32000, 512), new TinyLm(32000, 768)];
                        for (var i = 0; i < candidates.Length; i++)
                        {
                            candidates[i].load_py(Path.Combine(args[0], $"base-{i}.pt"));
                            candidates[i].DisableDropout();
                        }

                        var batches = Enumerable.Range(0, 32)
                            .Select(_ => torch.randint(0, 32000, new long[] { 8, 256 }))
                            .ToList();

                        var losses = new Dictionary<int, double>();
                        for (var i = 0; i < candidates.Length; i++)
                        {
                            var trainer = new SftTrainer(candidates[i], learningRate: 2e-5);
                            trainer.Train(batches);
                            losses[i] = i;
                        }

                        var best = losses.OrderBy(kv => kv.Value).First().Key;
                        Console.WriteLine($"best candidate: {best}");
                    }
                }
            }
            """);

    [Fact]
    public Task A_loop_that_forgets_the_reference()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public static class PreferenceRun
                {
                    public static void Main(string[] args)
                    {
                        var policy = new TinyLm(32000, 768);
                        var reference = [|new TinyLm(32000, 768)|];
                        foreach (var model in new[] { policy })
                        {
                            model.load_py(args[0]);
                            model.DisableDropout();
                        }
                        reference.load_py(args[0]);

                        var batches = new List<PreferenceBatch>();
                        for (var i = 0; i < 16; i++)
                        {
                            var chosen = torch.randint(0, 32000, new long[] { 2, 64 });
                            var rejected = torch.randint(0, 32000, new long[] { 2, 64 });
                            batches.Add(new PreferenceBatch(chosen, rejected));
                        }

                        var trainer = new DpoTrainer(policy, reference, beta: 0.2);
                        trainer.Train(batches);
                        Console.WriteLine("trained");
                    }
                }
            }
            """);

    [Fact]
    public Task A_params_helper_zeroes_p_through_modules()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                internal static class ModelPrep
                {
                    public static void ZeroDropout(params nn.Module[] models)
                    {
                        foreach (var model in models)
                        {
                            foreach (var module in model.modules())
                            {
                                if (module is Dropout dropout)
                                    dropout.p = 0.0;
                            }
                        }
                    }
                }

                public static class PreferenceRun
                {
                    public static void Main(string[] args)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(args[0]);
                        var reference = new TinyLm(32000, 768);
                        reference.load_py(args[0]);
                        ModelPrep.ZeroDropout(policy, reference);
                        reference.eval();

                        var batches = new List<PreferenceBatch>
                        {
                            new(torch.randint(0, 32000, new long[] { 2, 64 }), torch.randint(0, 32000, new long[] { 2, 64 })),
                            new(torch.randint(0, 32000, new long[] { 2, 64 }), torch.randint(0, 32000, new long[] { 2, 64 })),
                        };

                        var trainer = new DpoTrainer(policy, reference);
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
    public Task Models_loaded_with_LINQ_in_SFT_code()
        => Corpus.VerifyAsync("""
            namespace Acme.Tuning
            {
                public sealed class SftSweep
                {
                    public IReadOnlyList<string> Run(IEnumerable<string> checkpoints, IReadOnlyList<Tensor> batches)
                    {
                        var models = checkpoints
                            .Where(File.Exists)
                            .Select(path =>
                            {
                                var model = [|new TinyLm(32000, 512)|];
                                model.load_py(path);
                                return (Path: path, Model: model);
                            })
                            .ToList();

                        var finished = new List<string>();
                        foreach (var (path, model) in models)
                        {
                            var trainer = new SftTrainer(model);
                            trainer.Train(batches);
                            finished.Add(path);
                        }

                        Console.WriteLine($"{finished.Count} of {models.Count} trained");
                        return finished;
                    }
                }
            }
            """);
}
