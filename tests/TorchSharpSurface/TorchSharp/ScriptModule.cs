#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class jit
        {
            /// <summary>A loaded TorchScript module. Its submodules are script modules, not TorchSharp.Modules.Dropout.</summary>
            public class ScriptModule : nn.Module
            {
                internal ScriptModule() : base(nameof(ScriptModule)) => throw Stub.Throw();

                public override void train(bool on = true) => throw Stub.Throw();

                public override void eval() => throw Stub.Throw();

                public override bool training => throw Stub.Throw();

                public object forward(params object[] input) => throw Stub.Throw();

                public object call(params object[] input) => throw Stub.Throw();
            }

            /// <summary>A script module taking any number of tensors. Not an nn.Module&lt;T, TResult&gt;.</summary>
            public class ScriptModule<TResult> : ScriptModule, nn.IModule<Tensor[], TResult>
            {
                internal ScriptModule() => throw Stub.Throw();

                public TResult forward(params Tensor[] tensor) => throw Stub.Throw();

                public TResult call(params Tensor[] input) => throw Stub.Throw();
            }

            /// <summary>A script module taking one argument. Not an nn.Module&lt;T, TResult&gt;.</summary>
            public class ScriptModule<T, TResult> : ScriptModule, nn.IModule<T, TResult>
            {
                internal ScriptModule() => throw Stub.Throw();

                public TResult forward(T input) => throw Stub.Throw();

                public TResult call(T input) => throw Stub.Throw();
            }

            /// <summary>A script module taking two arguments. Not an nn.Module&lt;T1, T2, TResult&gt;.</summary>
            public class ScriptModule<T1, T2, TResult> : ScriptModule, nn.IModule<T1, T2, TResult>
            {
                internal ScriptModule() => throw Stub.Throw();

                public TResult forward(T1 input1, T2 input2) => throw Stub.Throw();

                public TResult call(T1 input1, T2 input2) => throw Stub.Throw();
            }
        }
    }
}
