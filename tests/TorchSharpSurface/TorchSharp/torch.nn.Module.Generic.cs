#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;

namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Base class for modules whose forward() takes 1 argument.</summary>
            public abstract class Module<T, TResult> : HookableModule<Func<Module<T, TResult>, T, T>, Func<Module<T, TResult>, T, TResult, TResult>>, IModule<T, TResult>
            {
                protected Module(string name) : base(name) { }

                /// <summary>The module logic; does not run hooks.</summary>
                public abstract TResult forward(T input);

                /// <summary>Runs hooks and <c>forward</c>.</summary>
                public TResult call(T input) => throw Stub.Throw();
            }

            /// <summary>Base class for modules whose forward() takes 2 arguments.</summary>
            public abstract class Module<T1, T2, TResult> : HookableModule<Func<Module<T1, T2, TResult>, T1, T2, (T1, T2)?>, Func<Module<T1, T2, TResult>, T1, T2, TResult, TResult>>, IModule<T1, T2, TResult>
            {
                protected Module(string name) : base(name) { }

                /// <summary>The module logic; does not run hooks.</summary>
                public abstract TResult forward(T1 input1, T2 input2);

                /// <summary>Runs hooks and <c>forward</c>.</summary>
                public TResult call(T1 input1, T2 input2) => throw Stub.Throw();
            }

            /// <summary>Base class for modules whose forward() takes 3 arguments.</summary>
            public abstract class Module<T1, T2, T3, TResult> : HookableModule<Func<Module<T1, T2, T3, TResult>, T1, T2, T3, (T1, T2, T3)?>, Func<Module<T1, T2, T3, TResult>, T1, T2, T3, TResult, TResult>>, IModule<T1, T2, T3, TResult>
            {
                protected Module(string name) : base(name) { }

                /// <summary>The module logic; does not run hooks.</summary>
                public abstract TResult forward(T1 input1, T2 input2, T3 input3);

                /// <summary>Runs hooks and <c>forward</c>.</summary>
                public TResult call(T1 input1, T2 input2, T3 input3) => throw Stub.Throw();
            }

            /// <summary>Base class for modules whose forward() takes 4 arguments.</summary>
            public abstract class Module<T1, T2, T3, T4, TResult> : HookableModule<Func<Module<T1, T2, T3, T4, TResult>, T1, T2, T3, T4, (T1, T2, T3, T4)?>, Func<Module<T1, T2, T3, T4, TResult>, T1, T2, T3, T4, TResult, TResult>>, IModule<T1, T2, T3, T4, TResult>
            {
                protected Module(string name) : base(name) { }

                /// <summary>The module logic; does not run hooks.</summary>
                public abstract TResult forward(T1 input1, T2 input2, T3 input3, T4 input4);

                /// <summary>Runs hooks and <c>forward</c>.</summary>
                public TResult call(T1 input1, T2 input2, T3 input3, T4 input4) => throw Stub.Throw();
            }

            /// <summary>Base class for modules whose forward() takes 5 arguments.</summary>
            public abstract class Module<T1, T2, T3, T4, T5, TResult> : HookableModule<Func<Module<T1, T2, T3, T4, T5, TResult>, T1, T2, T3, T4, T5, (T1, T2, T3, T4, T5)?>, Func<Module<T1, T2, T3, T4, T5, TResult>, T1, T2, T3, T4, T5, TResult, TResult>>, IModule<T1, T2, T3, T4, T5, TResult>
            {
                protected Module(string name) : base(name) { }

                /// <summary>The module logic; does not run hooks.</summary>
                public abstract TResult forward(T1 input1, T2 input2, T3 input3, T4 input4, T5 input5);

                /// <summary>Runs hooks and <c>forward</c>.</summary>
                public TResult call(T1 input1, T2 input2, T3 input3, T4 input4, T5 input5) => throw Stub.Throw();
            }

            /// <summary>Base class for modules whose forward() takes 6 arguments.</summary>
            public abstract class Module<T1, T2, T3, T4, T5, T6, TResult> : HookableModule<Func<Module<T1, T2, T3, T4, T5, T6, TResult>, T1, T2, T3, T4, T5, T6, (T1, T2, T3, T4, T5, T6)?>, Func<Module<T1, T2, T3, T4, T5, T6, TResult>, T1, T2, T3, T4, T5, T6, TResult, TResult>>, IModule<T1, T2, T3, T4, T5, T6, TResult>
            {
                protected Module(string name) : base(name) { }

                /// <summary>The module logic; does not run hooks.</summary>
                public abstract TResult forward(T1 input1, T2 input2, T3 input3, T4 input4, T5 input5, T6 input6);

                /// <summary>Runs hooks and <c>forward</c>.</summary>
                public TResult call(T1 input1, T2 input2, T3 input3, T4 input4, T5 input5, T6 input6) => throw Stub.Throw();
            }
        }
    }
}
