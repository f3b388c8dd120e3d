#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

namespace TorchSharp
{
    namespace Modules
    {
        public sealed class LayerNorm : torch.nn.Module<Tensor, Tensor>
        {
            internal LayerNorm(long[] normalized_shape, double eps, bool elementwise_affine) : base(nameof(LayerNorm)) => throw Stub.Throw();

            public Parameter? weight { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public Parameter? bias { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public override Tensor forward(Tensor tensor) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.LayerNorm LayerNorm(long[] normalized_shape, double eps = 1e-05, bool elementwise_affine = true, bool bias = true, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();

            public static Modules.LayerNorm LayerNorm(long normalized_shape, double eps = 1e-05, bool elementwise_affine = true, bool bias = true, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();
        }
    }
}
