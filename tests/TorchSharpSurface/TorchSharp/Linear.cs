#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

namespace TorchSharp
{
    namespace Modules
    {
        public sealed class Linear : torch.nn.Module<Tensor, Tensor>
        {
            internal Linear(long inputSize, long outputSize, bool hasBias = true) : base(nameof(Linear)) => throw Stub.Throw();

            public Parameter weight { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public Parameter? bias { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public long in_features => throw Stub.Throw();

            public long out_features => throw Stub.Throw();

            public override Tensor forward(Tensor tensor) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Linear Linear(long inputSize, long outputSize, bool hasBias = true, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();
        }
    }
}
