#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;

namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>A module that accepts forward hooks. Metadata name: <c>TorchSharp.torch+nn+HookableModule`2</c>.</summary>
            public class HookableModule<TPreHook, TPostHook> : Module
            {
                protected HookableModule(string name) : base(name) { }

                public HookRemover register_forward_hook(TPostHook hook) => throw Stub.Throw();

                public HookRemover register_forward_pre_hook(TPreHook hook) => throw Stub.Throw();

                public HookRemover register_forward_hook(Action<Module> hook) => throw Stub.Throw();

                public HookRemover register_forward_pre_hook(Action<Module> hook) => throw Stub.Throw();

                public class HookRemover
                {
                    public HookRemover(HookableModule<TPreHook, TPostHook> module, string key) => throw Stub.Throw();

                    public void remove() => throw Stub.Throw();
                }
            }
        }
    }
}
