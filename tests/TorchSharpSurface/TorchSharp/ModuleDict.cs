#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System.Collections;
using System.Collections.Generic;

namespace TorchSharp
{
    namespace Modules
    {
        /// <summary>Holds submodules by name, in insertion order; they are registered.</summary>
        public class ModuleDict<T> : torch.nn.Module, IDictionary<string, T> where T : torch.nn.Module
        {
            internal ModuleDict() : base(nameof(ModuleDict<T>)) => throw Stub.Throw();

            public T this[string key] { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public ICollection<string> Keys => throw Stub.Throw();

            public ICollection<T> Values => throw Stub.Throw();

            public int Count => throw Stub.Throw();

            public bool IsReadOnly => throw Stub.Throw();

            public void Add(string key, T value) => throw Stub.Throw();

            public void Add(KeyValuePair<string, T> item) => throw Stub.Throw();

            public void Clear() => throw Stub.Throw();

            public bool Contains(KeyValuePair<string, T> item) => throw Stub.Throw();

            public bool ContainsKey(string key) => throw Stub.Throw();

            public void CopyTo(KeyValuePair<string, T>[] array, int arrayIndex) => throw Stub.Throw();

            public bool Remove(string key) => throw Stub.Throw();

            public bool Remove(KeyValuePair<string, T> item) => throw Stub.Throw();

            public bool TryGetValue(string key, out T value) => throw Stub.Throw();

            public IEnumerator<KeyValuePair<string, T>> GetEnumerator() => throw Stub.Throw();

            IEnumerator IEnumerable.GetEnumerator() => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.ModuleDict<T> ModuleDict<T>(params (string, T)[] modules) where T : Module => throw Stub.Throw();
        }
    }
}
