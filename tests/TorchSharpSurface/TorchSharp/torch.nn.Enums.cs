#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class nn
        {
            public enum Reduction
            {
                None = 0,
                Mean = 1,
                Sum = 2,
            }

            /// <summary>Activation of the feed-forward block of transformer layers.</summary>
            public enum Activations
            {
                ReLU = 0,
                GELU = 1,
            }
        }
    }
}
