#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

// Transformer layers: dropout is fixed by the factory's `dropout` argument (default 0.1);
// there is no public p and only eval()/train(false) turns it off.
namespace TorchSharp
{
    namespace Modules
    {
        public sealed class Transformer : torch.nn.Module<Tensor, Tensor, Tensor>
        {
            internal Transformer(long d_model, long nhead, double dropout) : base(nameof(Transformer)) => throw Stub.Throw();

            public override Tensor forward(Tensor src, Tensor tgt) => throw Stub.Throw();

            public Tensor forward(Tensor src, Tensor tgt, Tensor? src_mask, Tensor? tgt_mask = null, Tensor? memory_mask = null, Tensor? src_key_padding_mask = null, Tensor? tgt_key_padding_mask = null, Tensor? memory_key_padding_mask = null) => throw Stub.Throw();
        }

        public sealed class TransformerEncoderLayer : torch.nn.Module<Tensor, Tensor?, Tensor?, Tensor>
        {
            internal TransformerEncoderLayer(long d_model, long nhead, double dropout) : base(nameof(TransformerEncoderLayer)) => throw Stub.Throw();

            public override Tensor forward(Tensor src, Tensor? src_mask, Tensor? src_key_padding_mask) => throw Stub.Throw();
        }

        public sealed class TransformerDecoderLayer : torch.nn.Module<Tensor, Tensor, Tensor?, Tensor?, Tensor?, Tensor?, Tensor>
        {
            internal TransformerDecoderLayer(long d_model, long nhead, double dropout) : base(nameof(TransformerDecoderLayer)) => throw Stub.Throw();

            public override Tensor forward(Tensor tgt, Tensor memory, Tensor? tgt_mask, Tensor? memory_mask, Tensor? tgt_key_padding_mask, Tensor? memory_key_padding_mask) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Transformer Transformer(long d_model = 512, long nhead = 8, long num_encoder_layers = 6, long num_decoder_layers = 6, long dim_feedforward = 2048, double dropout = 0.1, Activations activation = Activations.ReLU) => throw Stub.Throw();

            public static Modules.TransformerEncoderLayer TransformerEncoderLayer(long d_model = 512, long nhead = 8, long dim_feedforward = 2048, double dropout = 0.1, Activations activation = Activations.ReLU) => throw Stub.Throw();

            public static Modules.TransformerDecoderLayer TransformerDecoderLayer(long d_model = 512, long nhead = 8, long dim_feedforward = 2048, double dropout = 0.1, Activations activation = Activations.ReLU) => throw Stub.Throw();
        }
    }
}
