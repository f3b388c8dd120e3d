#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

namespace TorchSharp
{
    namespace Modules
    {
        public sealed class Embedding : torch.nn.Module<Tensor, Tensor>
        {
            internal Embedding(long num_embeddings, long embedding_dims) : base(nameof(Embedding)) => throw Stub.Throw();

            public Parameter weight { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Embedding Embedding(long num_embeddings, long embedding_dims, long? padding_idx = null, double? max_norm = null, double norm_type = 2.0, bool scale_grad_by_freq = false, bool sparse = false, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();
        }
    }
}
