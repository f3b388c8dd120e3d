#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    namespace Modules
    {
        /// <summary>A tensor registered as a module parameter.</summary>
        public class Parameter : torch.Tensor
        {
            public Parameter(torch.Tensor data, bool requires_grad = true) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Parameter Parameter(Tensor data, bool requires_grad = true) => throw Stub.Throw();
        }
    }
}
