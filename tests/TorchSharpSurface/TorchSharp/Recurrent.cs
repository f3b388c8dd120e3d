#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

// Recurrent layers: their dropout (between stacked layers) is fixed by the factory's `dropout` argument;
// there is no public p, the dropout is not a submodule, and only eval()/train(false) turns it off.
namespace TorchSharp
{
    namespace Modules
    {
        public sealed class RNN : torch.nn.Module<Tensor, Tensor?, (Tensor, Tensor)>
        {
            internal RNN(long inputSize, long hiddenSize, long numLayers, double dropout) : base(nameof(RNN)) => throw Stub.Throw();

            public enum NonLinearities
            {
                ReLU = 0,
                Tanh = 1,
            }

            public override (Tensor, Tensor) forward(Tensor input, Tensor? h0 = null) => throw Stub.Throw();
        }

        public sealed class GRU : torch.nn.Module<Tensor, Tensor?, (Tensor, Tensor)>
        {
            internal GRU(long inputSize, long hiddenSize, long numLayers, double dropout) : base(nameof(GRU)) => throw Stub.Throw();

            public override (Tensor, Tensor) forward(Tensor input, Tensor? h0 = null) => throw Stub.Throw();
        }

        public sealed class LSTM : torch.nn.Module<Tensor, (Tensor, Tensor)?, (Tensor, Tensor, Tensor)>
        {
            internal LSTM(long inputSize, long hiddenSize, long numLayers, double dropout) : base(nameof(LSTM)) => throw Stub.Throw();

            public override (Tensor, Tensor, Tensor) forward(Tensor input, (Tensor, Tensor)? h0_c0 = null) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.RNN RNN(long inputSize, long hiddenSize, long numLayers = 1, Modules.RNN.NonLinearities nonLinearity = Modules.RNN.NonLinearities.Tanh, bool bias = true, bool batchFirst = false, double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();

            public static Modules.GRU GRU(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false, double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();

            public static Modules.LSTM LSTM(long inputSize, long hiddenSize, long numLayers = 1, bool bias = true, bool batchFirst = false, double dropout = 0.0, bool bidirectional = false, Device? device = null, ScalarType? dtype = null) => throw Stub.Throw();
        }
    }
}
