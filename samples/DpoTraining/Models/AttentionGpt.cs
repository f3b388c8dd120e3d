using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LanguageModels.Models
{
    /// <summary>A small decoder with one attention block; its attention dropout lives in <see cref="CausalSelfAttention"/>.</summary>
    public sealed class AttentionGpt : nn.Module<Tensor, Tensor>
    {
        private readonly Embedding _embedding;
        private readonly CausalSelfAttention _attention;
        private readonly Linear _head;

        public AttentionGpt(long vocabulary, long width, double attentionDropout = 0.1) : base(nameof(AttentionGpt))
        {
            _embedding = nn.Embedding(vocabulary, width);
            _attention = new CausalSelfAttention(width, attentionDropout);
            _head = nn.Linear(width, vocabulary);
            RegisterComponents();
        }

        public override Tensor forward(Tensor tokens) => _head.forward(_attention.forward(_embedding.forward(tokens)));
    }
}
