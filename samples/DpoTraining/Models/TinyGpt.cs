using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LanguageModels.Models
{
    /// <summary>A small decoder whose dropout is a registered Dropout module, so DisableDropout() can reach it.</summary>
    public sealed class TinyGpt : nn.Module<Tensor, Tensor>
    {
        private readonly Embedding _embedding;
        private readonly Dropout _dropout;
        private readonly Linear _head;

        public TinyGpt(long vocabulary, long width, double dropout = 0.1) : base(nameof(TinyGpt))
        {
            _embedding = nn.Embedding(vocabulary, width);
            _dropout = nn.Dropout(dropout);
            _head = nn.Linear(width, vocabulary);
            RegisterComponents();
        }

        public override Tensor forward(Tensor tokens) => _head.forward(_dropout.forward(_embedding.forward(tokens)));
    }
}
