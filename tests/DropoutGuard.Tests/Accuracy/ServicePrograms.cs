namespace DropoutGuard.Tests.Accuracy;

/// <summary>Delegates and Func factories, dependency-injection-style services, records holding models.</summary>
public class ServicePrograms
{
    [Fact]
    public Task An_injected_model_provider_used_by_a_DPO_service()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public interface IModelProvider
                {
                    TinyLm Load(string name);
                }

                public sealed class DiskModelProvider : IModelProvider
                {
                    private readonly string _root;

                    public DiskModelProvider(string root) => _root = root;

                    public TinyLm Load(string name)
                    {
                        var model = new TinyLm(32000, 768);
                        model.load_safetensors(Path.Combine(_root, name + ".safetensors"));
                        return model;
                    }
                }

                public sealed class DpoService
                {
                    private readonly IModelProvider _models;

                    public DpoService(IModelProvider models) => _models = models;

                    public void Run(IReadOnlyList<PreferenceBatch> batches)
                    {
                        var policy = _models.Load("policy");
                        policy.DisableDropout();
                        var reference = [|_models.Load("reference")|];

                        var trainer = new DpoTrainer(policy, reference);
                        trainer.Train(batches);
                    }
                }

                public static class Composition
                {
                    public static DpoService Build(string root) => new DpoService(new DiskModelProvider(root));
                }
            }
            """);

    [Fact]
    public Task A_record_pair_of_which_only_the_policy_reaches_ORPO()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed record ModelPair(TinyLm Policy, TinyLm Reference);

                public sealed class OrpoTrainer
                {
                    public OrpoTrainer(nn.Module policy, double lambda = 0.1) { }
                    public void Train(IEnumerable<PreferenceBatch> batches) { }
                }

                public static class Checkpoints
                {
                    public static ModelPair LoadPair(string directory)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(Path.Combine(directory, "policy.pt"));
                        var reference = new TinyLm(32000, 768);
                        reference.load_py(Path.Combine(directory, "reference.pt"));
                        return new ModelPair(policy, reference);
                    }
                }

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var pair = Checkpoints.LoadPair(args[0]);
                        pair.Policy.DisableDropout();

                        var trainer = new OrpoTrainer(pair.Policy, lambda: 0.2);
                        var batches = Enumerable.Range(0, 8)
                            .Select(_ => new PreferenceBatch(torch.randint(0, 32000, new long[] { 2, 64 }), torch.randint(0, 32000, new long[] { 2, 64 })));
                        trainer.Train(batches);

                        var perplexity = LogProbs.Of(pair.Reference, torch.randint(0, 32000, new long[] { 1, 64 }));
                        Console.WriteLine(perplexity.item<float>());
                    }
                }
            }
            """);

    [Fact]
    public Task A_setup_record_carries_both_models_into_a_DPO_method()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed record PreferenceSetup(TinyLm Policy, TinyLm Reference, double Beta);

                public static class Jobs
                {
                    public static void RunDpo(PreferenceSetup setup, IReadOnlyList<PreferenceBatch> batches)
                    {
                        var trainer = new DpoTrainer(setup.Policy, setup.Reference, setup.Beta);
                        trainer.Train(batches);
                    }
                }

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var policy = [|new TinyLm(50257, 768)|];
                        policy.load_py(args[0]);
                        var reference = [|new TinyLm(50257, 768)|];
                        reference.load_py(args[0]);
                        policy.to(DeviceType.CUDA);
                        reference.to(DeviceType.CUDA);

                        var setup = new PreferenceSetup(policy, reference, Beta: 0.1);
                        var batches = new List<PreferenceBatch>();
                        foreach (var file in Directory.EnumerateFiles(args[1], "*.pt"))
                        {
                            var chosen = torch.load(file);
                            batches.Add(new PreferenceBatch(chosen, chosen.flip(1)));
                        }

                        Jobs.RunDpo(setup, batches);
                    }
                }
            }
            """);

    [Fact]
    public Task An_RLHF_trainer_with_an_actor_a_reference_and_a_critic()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class RlhfTrainer
                {
                    public RlhfTrainer(TinyLm actor, TinyLm reference, ValueHead critic, double klCoefficient) { }
                    public void Step(Tensor prompts) { }
                }

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var actor = new TinyLm(32000, 768);
                        actor.load_py(args[0]);
                        actor.DisableDropout();

                        var reference = new TinyLm(32000, 768);
                        reference.load_py(args[0]);
                        reference.eval();

                        var backbone = [|new TinyLm(32000, 768)|];
                        backbone.load_py(args[1]);
                        var critic = [|new ValueHead(backbone, 32000)|];

                        var trainer = new RlhfTrainer(actor, reference, critic, klCoefficient: 0.02);
                        for (var step = 0; step < 1000; step++)
                        {
                            var prompts = torch.randint(0, 32000, new long[] { 8, 64 });
                            trainer.Step(prompts);
                            if (step % 100 == 0)
                                Console.WriteLine($"step {step}");
                        }
                    }
                }
            }
            """);
}
