#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;

namespace TorchSharp
{
    public static partial class torch
    {
        /// <summary>Loads AOTInductor-compiled .pt2 programs: inference-only, not modules.</summary>
        public static partial class export
        {
            public static ExportedProgram load(string filename) => throw Stub.Throw();

            public static ExportedProgram<TResult> load<TResult>(string filename) => throw Stub.Throw();
        }
    }

    /// <summary>An exported program. Not a torch.nn.Module: it has no train()/eval() and no submodules.</summary>
    public class ExportedProgram : IDisposable
    {
        internal ExportedProgram() => throw Stub.Throw();

        public torch.Tensor[] run(params torch.Tensor[] inputs) => throw Stub.Throw();

        public torch.Tensor[] forward(params torch.Tensor[] inputs) => throw Stub.Throw();

        public torch.Tensor[] call(params torch.Tensor[] inputs) => throw Stub.Throw();

        public void Dispose() => throw Stub.Throw();

        protected virtual void Dispose(bool disposing) => throw Stub.Throw();
    }

    public class ExportedProgram<TResult> : ExportedProgram
    {
        internal ExportedProgram() => throw Stub.Throw();

        public new TResult run(params torch.Tensor[] inputs) => throw Stub.Throw();

        public new TResult forward(params torch.Tensor[] inputs) => throw Stub.Throw();

        public new TResult call(params torch.Tensor[] inputs) => throw Stub.Throw();
    }
}
