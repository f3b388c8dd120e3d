#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;

namespace TorchSharp
{
    public static partial class torch
    {
        /// <summary>A small slice of the real Tensor API: what ordinary training code calls.</summary>
        public partial class Tensor : IDisposable
        {
            internal Tensor() => throw Stub.Throw();

            public long[] shape => throw Stub.Throw();

            public long numel() => throw Stub.Throw();

            public long size(int dim) => throw Stub.Throw();

            public long[] size() => throw Stub.Throw();

            public ScalarType dtype => throw Stub.Throw();

            public Device device => throw Stub.Throw();

            public bool requires_grad { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public Tensor? grad => throw Stub.Throw();

            // Arithmetic.
            public static Tensor operator +(Tensor left, Tensor right) => throw Stub.Throw();
            public static Tensor operator +(Tensor left, double right) => throw Stub.Throw();
            public static Tensor operator +(double left, Tensor right) => throw Stub.Throw();
            public static Tensor operator -(Tensor left, Tensor right) => throw Stub.Throw();
            public static Tensor operator -(Tensor left, double right) => throw Stub.Throw();
            public static Tensor operator -(double left, Tensor right) => throw Stub.Throw();
            public static Tensor operator *(Tensor left, Tensor right) => throw Stub.Throw();
            public static Tensor operator *(Tensor left, double right) => throw Stub.Throw();
            public static Tensor operator *(double left, Tensor right) => throw Stub.Throw();
            public static Tensor operator /(Tensor left, Tensor right) => throw Stub.Throw();
            public static Tensor operator /(Tensor left, double right) => throw Stub.Throw();
            public static Tensor operator /(double left, Tensor right) => throw Stub.Throw();
            public static Tensor operator -(Tensor tensor) => throw Stub.Throw();

            // Reductions and autograd.
            public Tensor mean() => throw Stub.Throw();
            public Tensor mean(long[] dimensions, bool keepdim = false, ScalarType? type = null) => throw Stub.Throw();
            public Tensor sum(ScalarType? type = null) => throw Stub.Throw();
            public Tensor sum(long dim, bool keepdim = false, ScalarType? type = null) => throw Stub.Throw();
            public Tensor argmax(long dim, bool keepdim = false) => throw Stub.Throw();
            public void backward() => throw Stub.Throw();
            public Tensor detach() => throw Stub.Throw();
            public T item<T>() where T : unmanaged => throw Stub.Throw();

            // Shape and indexing.
            public Tensor gather(long dim, Tensor index) => throw Stub.Throw();
            public Tensor view(params long[] shape) => throw Stub.Throw();
            public Tensor reshape(params long[] shape) => throw Stub.Throw();
            public Tensor unsqueeze(long dim) => throw Stub.Throw();
            public Tensor squeeze(long dim) => throw Stub.Throw();
            public Tensor transpose(long dim0, long dim1) => throw Stub.Throw();
            public Tensor matmul(Tensor target) => throw Stub.Throw();
            public Tensor masked_fill(Tensor mask, double value) => throw Stub.Throw();

            // Activations.
            public Tensor log_softmax(long dim) => throw Stub.Throw();
            public Tensor softmax(long dim) => throw Stub.Throw();

            // Placement.
            public Tensor to(Device device, bool copy = false) => throw Stub.Throw();
            public Tensor to(ScalarType type, bool copy = false) => throw Stub.Throw();
            public Tensor to(string device) => throw Stub.Throw();
            public Tensor cpu() => throw Stub.Throw();
            public Tensor cuda(Device? device = null) => throw Stub.Throw();

            public void Dispose() => throw Stub.Throw();
        }
    }
}
