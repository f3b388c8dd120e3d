namespace DropoutGuard.Tests.Accuracy;

/// <summary>Trainer classes: constructors that disable, fields and properties, base classes with factory methods.</summary>
public class TrainerClassPrograms
{
    [Fact]
    public Task A_trainer_whose_constructor_disables_both_models()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class DpoLearner
                {
                    private readonly TinyLm _policy;
                    private readonly TinyLm _reference;
                    private readonly double _beta;

                    public DpoLearner(TinyLm policy, TinyLm reference, double beta)
                    {
                        policy.DisableDropout();
                        reference.DisableDropout();
                        reference.eval();
                        _policy = policy;
                        _reference = reference;
                        _beta = beta;
                    }

                    public void Step(PreferenceBatch batch)
                    {
                        _policy.train();
                        var margin = (LogProbs.Of(_policy, batch.Chosen) - LogProbs.Of(_reference, batch.Chosen))
                                   - (LogProbs.Of(_policy, batch.Rejected) - LogProbs.Of(_reference, batch.Rejected));
                        var loss = -nn.functional.logsigmoid(_beta * margin).mean();
                        loss.backward();
                    }
                }

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(args[0]);
                        var reference = new TinyLm(32000, 768);
                        reference.load_py(args[0]);

                        var learner = new DpoLearner(policy, reference, beta: 0.1);
                        for (var i = 0; i < 100; i++)
                        {
                            var batch = new PreferenceBatch(torch.randint(0, 32000, new long[] { 2, 64 }), torch.randint(0, 32000, new long[] { 2, 64 }));
                            learner.Step(batch);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Fields_assigned_in_a_KTO_trainer_constructor_and_disabled_in_another_member()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class KtoSession : IDisposable
                {
                    private readonly TinyLm _policy;
                    private readonly TinyLm _reference;

                    public KtoSession(string checkpoint)
                    {
                        _policy = new TinyLm(32000, 1024);
                        _policy.load_safetensors(checkpoint);
                        _reference = [|new TinyLm(32000, 1024)|];
                        _reference.load_safetensors(checkpoint);
                        Prepare();
                    }

                    private void Prepare()
                    {
                        _policy.DisableDropout();
                        foreach (var parameter in _reference.parameters())
                            parameter.requires_grad = false;
                    }

                    public void Train(IReadOnlyList<PreferenceBatch> batches, int epochs)
                    {
                        var trainer = new KtoTrainer(_policy, _reference);
                        for (var epoch = 0; epoch < epochs; epoch++)
                        {
                            _policy.train();
                            trainer.Train(batches);
                        }
                    }

                    public void Dispose()
                    {
                        _policy.Dispose();
                        _reference.Dispose();
                    }
                }
            }
            """);

    [Fact]
    public Task Properties_of_a_session_set_by_constructor_and_initializer()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class RlhfSession
                {
                    public RlhfSession(TinyLm policy)
                    {
                        Policy = policy;
                        Policy.DisableDropout();
                    }

                    public TinyLm Policy { get; }

                    public TinyLm? Reference { get; init; }

                    public double KlCoefficient { get; init; } = 0.05;

                    public void Run(IEnumerable<PreferenceBatch> batches)
                    {
                        foreach (var batch in batches)
                        {
                            var logits = Policy.forward(batch.Chosen);
                            Console.WriteLine(logits.shape[0]);
                        }
                    }
                }

                public static class Program
                {
                    public static void Main(string[] args)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(args[0]);

                        var session = new RlhfSession(policy)
                        {
                            Reference = [|new TinyLm(32000, 768)|],
                            KlCoefficient = 0.1,
                        };
                        session.Reference.load_py(args[0]);

                        var batches = Enumerable.Range(0, 4)
                            .Select(_ => new PreferenceBatch(torch.randint(0, 32000, new long[] { 1, 32 }), torch.randint(0, 32000, new long[] { 1, 32 })));
                        session.Run(batches);
                    }
                }
            }
            """);

    private const string PreferenceBase = """

        namespace Acme.Alignment
        {
            public abstract class PreferenceTrainerBase
            {
                protected abstract TinyLm CreatePolicy();

                protected abstract TinyLm CreateReference();

                protected virtual double Beta => 0.1;

                public void Fit(IReadOnlyList<PreferenceBatch> batches, int epochs)
                {
                    var policy = CreatePolicy();
                    var reference = CreateReference();
                    policy.DisableDropout();
                    DISABLE_REFERENCE
                    reference.eval();

                    var trainer = new DpoTrainer(policy, reference, Beta);
                    for (var epoch = 0; epoch < epochs; epoch++)
                    {
                        policy.train();
                        trainer.Train(batches);
                    }
                }
            }
        }
        """;

    [Fact]
    public Task Abstract_factory_methods_in_a_plainly_named_trainer_base_both_disabled()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class LlamaPreferenceTrainer : PreferenceTrainerBase
                {
                    private readonly string _checkpoint;

                    public LlamaPreferenceTrainer(string checkpoint) => _checkpoint = checkpoint;

                    protected override TinyLm CreatePolicy()
                    {
                        var model = new TinyLm(128256, 2048);
                        model.load_safetensors(_checkpoint);
                        return model;
                    }

                    protected override TinyLm CreateReference()
                    {
                        var model = new TinyLm(128256, 2048);
                        model.load_safetensors(_checkpoint);
                        return model;
                    }

                    protected override double Beta => 0.05;
                }
            }
            """ + PreferenceBase.Replace("DISABLE_REFERENCE", "reference.DisableDropout();"));

    [Fact]
    public Task Abstract_factory_methods_in_a_plainly_named_trainer_base_reference_forgotten()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class LlamaPreferenceTrainer : PreferenceTrainerBase
                {
                    private readonly string _checkpoint;

                    public LlamaPreferenceTrainer(string checkpoint) => _checkpoint = checkpoint;

                    protected override TinyLm CreatePolicy()
                    {
                        var model = new TinyLm(128256, 2048);
                        model.load_safetensors(_checkpoint);
                        return model;
                    }

                    protected override TinyLm CreateReference()
                    {
                        var model = new TinyLm(128256, 2048);
                        model.load_safetensors(_checkpoint);
                        return model;
                    }
                }

                public sealed class TrainingLoopHook
                {
                    public void AfterEpoch(PreferenceTrainerBase trainer) => Console.WriteLine(trainer.GetType().Name);
                }
            }
            """ + PreferenceBase.Replace("var reference = CreateReference();", "var reference = [|CreateReference()|];").Replace("DISABLE_REFERENCE", "Console.WriteLine(\"reference loaded\");").Replace("reference.eval();", "").Replace("policy.train();", ""));
}
