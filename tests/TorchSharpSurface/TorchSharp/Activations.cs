#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

namespace TorchSharp
{
    namespace Modules
    {
        public sealed class ReLU : ParameterLessModule<Tensor, Tensor>
        {
            internal ReLU(bool inplace) : base(nameof(ReLU)) => throw Stub.Throw();

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public override Tensor forward(Tensor tensor) => throw Stub.Throw();
        }

        public sealed class GELU : ParameterLessModule<Tensor, Tensor>
        {
            internal GELU(bool inplace) : base(nameof(GELU)) => throw Stub.Throw();

            public override Tensor forward(Tensor tensor) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ReLU ReLU(bool inplace = false) => throw Stub.Throw();

            public static Modules.GELU GELU() => throw Stub.Throw();

            public static Modules.GELU GELU(bool inplace) => throw Stub.Throw();
        }
    }
}
