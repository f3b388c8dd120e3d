#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System.Collections.Generic;
using static TorchSharp.torch;

namespace TorchSharp
{
    namespace Modules
    {
        /// <summary>Runs its submodules in order. Overrides train with a parameter named <c>on</c>.</summary>
        public class Sequential : torch.nn.Module<Tensor, Tensor>
        {
            internal Sequential() : base(nameof(Sequential)) => throw Stub.Throw();

            public Sequential append(string name, torch.nn.Module<Tensor, Tensor> module) => throw Stub.Throw();

            public Sequential append(torch.nn.Module<Tensor, Tensor> module) => throw Stub.Throw();

            public int Count => throw Stub.Throw();

            public torch.nn.Module<Tensor, Tensor> this[int index] => throw Stub.Throw();

            public override Tensor forward(Tensor tensor) => throw Stub.Throw();

            public override void train(bool on = true) => throw Stub.Throw();

            public override void eval() => throw Stub.Throw();

            public override IEnumerable<(string name, torch.nn.Module module)> named_children() => throw Stub.Throw();

            public override IEnumerable<(string name, torch.nn.Module module)> named_modules() => throw Stub.Throw();

            public override torch.nn.Module apply(System.Action<torch.nn.Module> fn) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Sequential Sequential() => throw Stub.Throw();

            public static Modules.Sequential Sequential(params Module<Tensor, Tensor>[] modules) => throw Stub.Throw();

            public static Modules.Sequential Sequential(params (string name, Module<Tensor, Tensor> submodule)[] modules) => throw Stub.Throw();

            public static Modules.Sequential Sequential(IEnumerable<Module<Tensor, Tensor>> modules) => throw Stub.Throw();
        }
    }
}
