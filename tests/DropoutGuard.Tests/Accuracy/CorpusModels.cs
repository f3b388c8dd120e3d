namespace DropoutGuard.Tests.Accuracy;

/// <summary>The model and trainer library the corpus programs share, appended to each program.</summary>
internal static class CorpusModels
{
    public const string Source = """

        namespace Corpus.Models
        {
            /// <summary>A small causal LM with a registered residual dropout (0.1 by default).</summary>
            public sealed class TinyLm : nn.Module<Tensor, Tensor>
            {
                private readonly Embedding _embed;
                private readonly Linear _proj;
                private readonly Dropout _residDropout;
                private readonly Linear _head;

                public TinyLm(int vocab, int width, double residDropout = 0.1) : base(nameof(TinyLm))
                {
                    _embed = nn.Embedding(vocab, width);
                    _proj = nn.Linear(width, width);
                    _residDropout = nn.Dropout(residDropout);
                    _head = nn.Linear(width, vocab);
                    RegisterComponents();
                }

                public override Tensor forward(Tensor ids)
                    => _head.forward(_residDropout.forward(nn.functional.gelu(_proj.forward(_embed.forward(ids)))));
            }

            /// <summary>A scalar head on a backbone, with its own dropout.</summary>
            public sealed class ValueHead : nn.Module<Tensor, Tensor>
            {
                private readonly TinyLm _backbone;
                private readonly Dropout _dropout = nn.Dropout(0.1);
                private readonly Linear _score;

                public ValueHead(TinyLm backbone, int vocab) : base(nameof(ValueHead))
                {
                    _backbone = backbone;
                    _score = nn.Linear(vocab, 1);
                    RegisterComponents();
                }

                public override Tensor forward(Tensor ids) => _score.forward(_dropout.forward(_backbone.forward(ids))).squeeze(-1);
            }

            public static class LogProbs
            {
                public static Tensor Of(nn.Module<Tensor, Tensor> model, Tensor ids)
                    => model.forward(ids).log_softmax(-1).gather(-1, ids.unsqueeze(-1)).squeeze(-1).sum(-1);
            }
        }

        namespace Corpus.Training
        {
            public sealed record PreferenceBatch(Tensor Chosen, Tensor Rejected);

            public sealed record TrainingOptions(string PolicyPath, string ReferencePath, double Beta = 0.1, int Epochs = 1, bool UseSafetensors = false);

            public sealed class DpoTrainer
            {
                public DpoTrainer(nn.Module policy, nn.Module reference, double beta = 0.1) { }
                public void Train(IEnumerable<PreferenceBatch> batches) { }
            }

            public sealed class SftTrainer
            {
                public SftTrainer(nn.Module model, double learningRate = 1e-5) { }
                public void Train(IEnumerable<Tensor> batches) { }
            }

            public sealed class KtoTrainer
            {
                public KtoTrainer(nn.Module policy, nn.Module reference) { }
                public void Train(IEnumerable<PreferenceBatch> batches) { }
            }
        }
        """;
}
