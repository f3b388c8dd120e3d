#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class nn
        {
            public interface IModule<T, TResult>
            {
                TResult call(T input);
            }

            public interface IModule<T1, T2, TResult>
            {
                TResult call(T1 input1, T2 input2);
            }

            public interface IModule<T1, T2, T3, TResult>
            {
                TResult call(T1 input1, T2 input2, T3 input3);
            }

            public interface IModule<T1, T2, T3, T4, TResult>
            {
                TResult call(T1 input1, T2 input2, T3 input3, T4 input4);
            }

            public interface IModule<T1, T2, T3, T4, T5, TResult>
            {
                TResult call(T1 input1, T2 input2, T3 input3, T4 input4, T5 input5);
            }

            public interface IModule<T1, T2, T3, T4, T5, T6, TResult>
            {
                TResult call(T1 input1, T2 input2, T3 input3, T4 input4, T5 input5, T6 input6);
            }
        }
    }
}
