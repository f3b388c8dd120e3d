#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;

namespace TorchSharp
{
    /// <summary>Top-level <c>torch</c> functions: tensor creation, grad mode, tensor (de)serialization.</summary>
    public static partial class torch
    {
        public static readonly ScalarType float16 = ScalarType.Float16;
        public static readonly ScalarType bfloat16 = ScalarType.BFloat16;
        public static readonly ScalarType float32 = ScalarType.Float32;
        public static readonly ScalarType float64 = ScalarType.Float64;
        public static readonly ScalarType int64 = ScalarType.Int64;

        public static Tensor tensor(float[] rawArray, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor tensor(double[] rawArray, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor tensor(long[] rawArray, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor tensor(int[] rawArray, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor tensor(float scalar, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor tensor(double scalar, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor tensor(long scalar, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();

        public static Tensor randn(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor randn(long size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor randn(long size0, long size1, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor randn(long size0, long size1, long size2, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();

        public static Tensor zeros(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor ones(long[] size, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();
        public static Tensor arange(long stop, ScalarType? dtype = null, Device? device = null, bool requires_grad = false) => throw Stub.Throw();

        public static IDisposable no_grad() => throw Stub.Throw();
        public static IDisposable enable_grad(bool enabled = true) => throw Stub.Throw();
        public static bool is_grad_enabled() => throw Stub.Throw();

        /// <summary>Loads a tensor (not a module).</summary>
        public static Tensor load(string filename) => throw Stub.Throw();

        public static void save(Tensor t, string location) => throw Stub.Throw();
    }
}
