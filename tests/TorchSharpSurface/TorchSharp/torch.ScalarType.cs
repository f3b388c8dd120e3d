#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public enum ScalarType : sbyte
        {
            Byte = 0,
            Int8 = 1,
            Int16 = 2,
            Int32 = 3,
            Int64 = 4,
            Float16 = 5,
            Float32 = 6,
            Float64 = 7,
            ComplexFloat32 = 9,
            ComplexFloat64 = 10,
            Bool = 11,
            BFloat16 = 15,
        }
    }
}
