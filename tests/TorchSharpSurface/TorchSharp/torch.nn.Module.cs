#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;
using System.Collections.Generic;
using System.IO;
using TorchSharp.Modules;

namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Base class of every module. Metadata name: <c>TorchSharp.torch+nn+Module</c>.</summary>
            public abstract class Module : IDisposable
            {
                protected Module(string name) => throw Stub.Throw();

                public string GetName() => throw Stub.Throw();

                // Mode. train/eval return void (no chaining); training has no setter.
                public virtual void train(bool train = true) => throw Stub.Throw();

                public virtual void eval() => throw Stub.Throw();

                public virtual bool training => throw Stub.Throw();

                // Traversal. modules()/named_modules() do not include the module itself;
                // apply visits every submodule and then the module itself.
                public virtual IEnumerable<Module> modules() => throw Stub.Throw();

                public virtual IEnumerable<Module> children() => throw Stub.Throw();

                public virtual IEnumerable<(string name, Module module)> named_modules() => throw Stub.Throw();

                public virtual IEnumerable<(string name, Module module)> named_children() => throw Stub.Throw();

                public virtual Module apply(Action<Module> fn) => throw Stub.Throw();

                // Registration: only registered submodules are reached by train/eval/modules/apply.
                protected virtual void RegisterComponents() => throw Stub.Throw();

                public virtual void register_module(string name, Module submodule) => throw Stub.Throw();

                public void add_module(string name, Module submodule) => throw Stub.Throw();

                public virtual void register_buffer(string name, Tensor tensor, bool persistent = true) => throw Stub.Throw();

                public virtual void register_parameter(string name, Parameter? param) => throw Stub.Throw();

                // Parameters and buffers.
                public virtual IEnumerable<Parameter> parameters(bool recurse = true) => throw Stub.Throw();

                public virtual IEnumerable<(string name, Parameter parameter)> named_parameters(bool recurse = true) => throw Stub.Throw();

                public virtual IEnumerable<Tensor> buffers(bool recurse = true) => throw Stub.Throw();

                public virtual IEnumerable<(string name, Tensor buffer)> named_buffers(bool recurse = true) => throw Stub.Throw();

                public virtual void zero_grad(bool set_to_none = true) => throw Stub.Throw();

                // State dictionaries. Dropout probabilities are not part of the state.
                public virtual Dictionary<string, Tensor> state_dict(Dictionary<string, Tensor>? destination = null, string? prefix = null) => throw Stub.Throw();

                public virtual (IList<string> missing_keys, IList<string> unexpected_keyes) load_state_dict(Dictionary<string, Tensor> source, bool strict = true, IList<string>? skip = null) => throw Stub.Throw();

                // Loading returns the non-generic Module, not the receiver's type.
                public virtual Module load(string location, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null) => throw Stub.Throw();

                public virtual Module load(BinaryReader reader, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null) => throw Stub.Throw();

                public virtual Module load(Stream stream, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null) => throw Stub.Throw();

                public virtual Module save(string location, IList<string>? skip = null) => throw Stub.Throw();

                public virtual Module save(BinaryWriter writer, IList<string>? skip = null) => throw Stub.Throw();

                public virtual Module save(Stream stream, IList<string>? skip = null) => throw Stub.Throw();

                public static Module Create<T>(string path) where T : Module, new() => throw Stub.Throw();

                public void Dispose() => throw Stub.Throw();

                protected virtual void Dispose(bool disposing) => throw Stub.Throw();
            }
        }
    }
}
