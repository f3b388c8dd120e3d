#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System.Collections;
using System.Collections.Generic;

namespace TorchSharp
{
    namespace Modules
    {
        /// <summary>Holds submodules in a list; they are registered.</summary>
        public class ModuleList<T> : torch.nn.Module, IList<T> where T : torch.nn.Module
        {
            internal ModuleList(params T[] modules) : base(nameof(ModuleList<T>)) => throw Stub.Throw();

            public ModuleList<T> append(T module) => throw Stub.Throw();

            public void extend(IEnumerable<T> modules) => throw Stub.Throw();

            public T this[int index] { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public int Count => throw Stub.Throw();

            public bool IsReadOnly => throw Stub.Throw();

            public void Add(T item) => throw Stub.Throw();

            public void Clear() => throw Stub.Throw();

            public bool Contains(T item) => throw Stub.Throw();

            public void CopyTo(T[] array, int arrayIndex) => throw Stub.Throw();

            public int IndexOf(T item) => throw Stub.Throw();

            public void Insert(int index, T item) => throw Stub.Throw();

            public bool Remove(T item) => throw Stub.Throw();

            public void RemoveAt(int index) => throw Stub.Throw();

            public IEnumerator<T> GetEnumerator() => throw Stub.Throw();

            IEnumerator IEnumerable.GetEnumerator() => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ModuleList<T> ModuleList<T>(params T[] modules) where T : Module => throw Stub.Throw();
        }
    }
}
