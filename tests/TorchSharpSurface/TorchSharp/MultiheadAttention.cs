#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;
using static TorchSharp.torch;

// MultiheadAttention: dropout on the attention weights is fixed by the factory's `dropout` argument
// (no public p, not a submodule); only eval()/train(false) turns it off.
namespace TorchSharp
{
    namespace Modules
    {
        public sealed class MultiheadAttention : torch.nn.Module<Tensor, Tensor, Tensor, Tensor?, bool, Tensor?, Tuple<Tensor, Tensor>>
        {
            internal MultiheadAttention(long embedded_dim, long num_heads, double dropout) : base(nameof(MultiheadAttention)) => throw Stub.Throw();

            public override Tuple<Tensor, Tensor> forward(Tensor query, Tensor key, Tensor value, Tensor? key_padding_mask, bool need_weights, Tensor? attn_mask) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.MultiheadAttention MultiheadAttention(long embedded_dim, long num_heads, double dropout = 0.0, bool bias = true, bool add_bias_kv = false, bool add_zero_attn = false, long? kdim = null, long? vdim = null) => throw Stub.Throw();
        }
    }
}
