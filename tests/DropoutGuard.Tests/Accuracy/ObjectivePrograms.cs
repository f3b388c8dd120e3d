namespace DropoutGuard.Tests.Accuracy;

/// <summary>Preference training not named after its algorithm (IPO, DPO by its loss), and dropout DisableDropout() cannot reach.</summary>
public class ObjectivePrograms
{
    [Fact]
    public Task An_IPO_loss_in_a_plainly_named_trainer()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class PreferenceTrainer
                {
                    private readonly TinyLm _policy = [|new TinyLm(32000, 768)|];
                    private readonly TinyLm _reference = [|new TinyLm(32000, 768)|];
                    private readonly optim.Optimizer _optimizer;
                    private readonly double _tau;

                    public PreferenceTrainer(string checkpoint, double tau)
                    {
                        _policy.load_py(checkpoint);
                        _reference.load_py(checkpoint);
                        _optimizer = torch.optim.AdamW(_policy.parameters(), lr: 1e-6);
                        _tau = tau;
                    }

                    public float Step(PreferenceBatch batch)
                    {
                        _optimizer.zero_grad();
                        var policyChosen = LogProbs.Of(_policy, batch.Chosen);
                        var policyRejected = LogProbs.Of(_policy, batch.Rejected);
                        Tensor referenceChosen, referenceRejected;
                        using (torch.no_grad())
                        {
                            referenceChosen = LogProbs.Of(_reference, batch.Chosen);
                            referenceRejected = LogProbs.Of(_reference, batch.Rejected);
                        }
                        var logits = (policyChosen - policyRejected) - (referenceChosen - referenceRejected);
                        var loss = (logits - 1 / (2 * _tau)).pow(2).mean();
                        loss.backward();
                        _optimizer.step();
                        return loss.item<float>();
                    }
                }
            }
            """);

    [Fact]
    public Task A_DPO_loss_in_an_alignment_loop_with_both_models_disabled()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class AlignmentLoop
                {
                    private readonly TinyLm _policy;
                    private readonly TinyLm _reference;

                    public AlignmentLoop(string checkpoint)
                    {
                        _policy = new TinyLm(32000, 768);
                        _policy.load_py(checkpoint);
                        _policy.DisableDropout();
                        _reference = new TinyLm(32000, 768);
                        _reference.load_py(checkpoint);
                        _reference.DisableDropout();
                        _reference.eval();
                    }

                    public Tensor ComputeLoss(PreferenceBatch batch, double beta)
                    {
                        _policy.train();
                        var chosenRewards = beta * (LogProbs.Of(_policy, batch.Chosen) - LogProbs.Of(_reference, batch.Chosen));
                        var rejectedRewards = beta * (LogProbs.Of(_policy, batch.Rejected) - LogProbs.Of(_reference, batch.Rejected));
                        return -nn.functional.logsigmoid(chosenRewards - rejectedRewards).mean();
                    }

                    public void Fit(IEnumerable<PreferenceBatch> batches)
                    {
                        var optimizer = torch.optim.AdamW(_policy.parameters(), lr: 5e-7);
                        foreach (var batch in batches)
                        {
                            optimizer.zero_grad();
                            ComputeLoss(batch, 0.1).backward();
                            optimizer.step();
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Layers_and_functional_dropout_that_DisableDropout_cannot_reach_in_an_SFT_model()
        => Corpus.VerifyAsync("""
            namespace Acme.Models
            {
                public sealed class EncoderLm : nn.Module<Tensor, Tensor>
                {
                    private readonly Embedding _embed;
                    private readonly TransformerEncoderLayer _layer;
                    private readonly Linear _head;
                    private readonly double _attentionDropout;

                    public EncoderLm(int vocab, int width, double attentionDropout = 0.1) : base(nameof(EncoderLm))
                    {
                        _embed = nn.Embedding(vocab, width);
                        _layer = {|DG0003:nn.TransformerEncoderLayer(width, 8)|};
                        _head = nn.Linear(width, vocab);
                        _attentionDropout = attentionDropout;
                        RegisterComponents();
                    }

                    public override Tensor forward(Tensor ids)
                    {
                        var hidden = _layer.forward(_embed.forward(ids));
                        var gated = {|DG0003:nn.functional.dropout(hidden, _attentionDropout, training)|};
                        return _head.forward(gated);
                    }
                }
            }

            namespace Acme.Tuning
            {
                using Acme.Models;

                public static class SftProgram
                {
                    public static void Main(string[] args)
                    {
                        var model = new EncoderLm(32000, 512);
                        model.load_py(args[0]);
                        model.DisableDropout();
                        var batches = Enumerable.Range(0, 10).Select(_ => torch.randint(0, 32000, new long[] { 4, 128 })).ToList();
                        new SftTrainer(model).Train(batches);
                    }
                }
            }
            """);

    [Fact]
    public Task Functional_dropout_without_training_in_an_inference_model()
        => Corpus.VerifyAsync("""
            namespace Acme.Serving
            {
                public sealed class NoisyScorer : nn.Module<Tensor, Tensor>
                {
                    private readonly Linear _proj;

                    public NoisyScorer(int width) : base(nameof(NoisyScorer))
                    {
                        _proj = nn.Linear(width, 1);
                        RegisterComponents();
                    }

                    public override Tensor forward(Tensor features)
                        => _proj.forward({|DG0004:nn.functional.dropout(features, 0.1)|}).squeeze(-1);
                }

                public sealed class ScoringService
                {
                    private readonly NoisyScorer _scorer;

                    public ScoringService(string checkpoint)
                    {
                        _scorer = new NoisyScorer(768);
                        _scorer.load(checkpoint);
                        _scorer.eval();
                    }

                    public float Score(float[] features)
                    {
                        using var _ = torch.no_grad();
                        return _scorer.forward(torch.tensor(features).unsqueeze(0)).item<float>();
                    }
                }
            }
            """);

    [Fact]
    public Task An_eval_only_policy_retrained_every_step()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                public sealed class DpoRunner
                {
                    public void Run(TrainingOptions options, IReadOnlyList<PreferenceBatch> batches)
                    {
                        var policy = new TinyLm(32000, 768);
                        policy.load_py(options.PolicyPath);
                        policy.eval();
                        var reference = new TinyLm(32000, 768);
                        reference.load_py(options.ReferencePath);
                        reference.eval();

                        var trainer = new DpoTrainer(policy, reference, options.Beta);
                        for (var epoch = 0; epoch < options.Epochs; epoch++)
                        {
                            foreach (var chunk in batches.Chunk(8))
                            {
                                {|DG0002:policy.train()|};
                                trainer.Train(chunk);
                            }
                            Console.WriteLine($"epoch {epoch} finished");
                        }
                    }
                }
            }
            """);
}
