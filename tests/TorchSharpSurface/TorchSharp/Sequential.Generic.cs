#nullable enable
using System.Collections.Generic;

namespace TorchSharp.Modules
{
    /// <summary>Base for user-defined sequential containers. Overrides train with a parameter named <c>on</c>.</summary>
    public abstract class Sequential<T, TResult> : torch.nn.Module<T, TResult>
    {
        protected Sequential(params (string name, torch.nn.Module submodule)[] modules) : base(nameof(Sequential)) => throw Stub.Throw();

        protected Sequential(params torch.nn.Module[] modules) : base(nameof(Sequential)) => throw Stub.Throw();

        public Sequential<T, TResult> append(string name, torch.nn.Module module) => throw Stub.Throw();

        public Sequential<T, TResult> append(torch.nn.Module module) => throw Stub.Throw();

        public int Count => throw Stub.Throw();

        public torch.nn.Module this[int index] => throw Stub.Throw();

        public override void train(bool on = true) => throw Stub.Throw();

        public override void eval() => throw Stub.Throw();

        public override IEnumerable<(string name, torch.nn.Module module)> named_children() => throw Stub.Throw();

        public override IEnumerable<(string name, torch.nn.Module module)> named_modules() => throw Stub.Throw();

        public override torch.nn.Module apply(System.Action<torch.nn.Module> fn) => throw Stub.Throw();
    }

    /// <summary>Two-argument form of <see cref="Sequential{T, TResult}"/>.</summary>
    public abstract class Sequential<T1, T2, TResult> : torch.nn.Module<T1, T2, TResult>
    {
        protected Sequential(params (string name, torch.nn.Module submodule)[] modules) : base(nameof(Sequential)) => throw Stub.Throw();

        protected Sequential(params torch.nn.Module[] modules) : base(nameof(Sequential)) => throw Stub.Throw();

        public Sequential<T1, T2, TResult> append(string name, torch.nn.Module module) => throw Stub.Throw();

        public Sequential<T1, T2, TResult> append(torch.nn.Module module) => throw Stub.Throw();

        public int Count => throw Stub.Throw();

        public torch.nn.Module this[int index] => throw Stub.Throw();

        public override void train(bool on = true) => throw Stub.Throw();

        public override void eval() => throw Stub.Throw();

        public override IEnumerable<(string name, torch.nn.Module module)> named_children() => throw Stub.Throw();

        public override IEnumerable<(string name, torch.nn.Module module)> named_modules() => throw Stub.Throw();

        public override torch.nn.Module apply(System.Action<torch.nn.Module> fn) => throw Stub.Throw();
    }
}
