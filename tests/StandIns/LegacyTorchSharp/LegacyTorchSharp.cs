#nullable enable
#pragma warning disable CS8981, CS0169 // lower-case type names mirror TorchSharp; the private fields only have to exist
using System;
using System.Collections.Generic;
using static TorchSharp.torch;

// The shape of TorchSharp 0.102.x/0.103.x that differs from 0.107: every dropout class keeps p (and inplace) in a
// private field, so code that assigns p does not compile. Only the members the analyzers and the generated helper touch.
namespace TorchSharp
{
    public static partial class torch
    {
        public class Tensor : IDisposable
        {
            public void Dispose() => throw new NotImplementedException();
        }

        public static partial class nn
        {
            public abstract class Module : IDisposable
            {
                protected Module(string name) => throw new NotImplementedException();
                public virtual void train(bool train = true) => throw new NotImplementedException();
                public virtual void eval() => throw new NotImplementedException();
                public virtual bool training => throw new NotImplementedException();
                public virtual IEnumerable<Module> modules() => throw new NotImplementedException();
                public virtual Module apply(Action<Module> fn) => throw new NotImplementedException();
                public virtual void register_module(string name, Module submodule) => throw new NotImplementedException();
                protected virtual void RegisterComponents() => throw new NotImplementedException();
                public virtual Module load(string location, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null) => throw new NotImplementedException();
                public void Dispose() => throw new NotImplementedException();
            }

            public abstract class Module<T, TResult> : Module
            {
                protected Module(string name) : base(name) => throw new NotImplementedException();
                public abstract TResult forward(T input);
                public TResult call(T input) => throw new NotImplementedException();
            }

            public static Modules.Dropout Dropout(double p = 0.5, bool inplace = false) => throw new NotImplementedException();
            public static Modules.Dropout1d Dropout1d(double p = 0.5, bool inplace = false) => throw new NotImplementedException();
            public static Modules.Dropout2d Dropout2d(double p = 0.5, bool inplace = false) => throw new NotImplementedException();
            public static Modules.Dropout3d Dropout3d(double p = 0.5, bool inplace = false) => throw new NotImplementedException();
            public static Modules.AlphaDropout AlphaDropout(double p = 0.5, bool inplace = false) => throw new NotImplementedException();
            public static Modules.FeatureAlphaDropout FeatureAlphaDropout(double p = 0.5) => throw new NotImplementedException();
        }

        public static partial class jit
        {
            public class ScriptModule : nn.Module
            {
                internal ScriptModule() : base("script") => throw new NotImplementedException();
            }
        }
    }

    namespace Modules
    {
        public abstract class ParameterLessModule<T, TResult> : nn.Module<T, TResult>
        {
            protected ParameterLessModule(string name) : base(name) => throw new NotImplementedException();
        }

        public sealed class Dropout : ParameterLessModule<Tensor, Tensor>
        {
            private double p;
            private bool inplace;
            internal Dropout() : base(nameof(Dropout)) => throw new NotImplementedException();
            public override Tensor forward(Tensor input) => throw new NotImplementedException();
        }

        public sealed class Dropout1d : ParameterLessModule<Tensor, Tensor>
        {
            private double p;
            private bool inplace;
            internal Dropout1d() : base(nameof(Dropout1d)) => throw new NotImplementedException();
            public override Tensor forward(Tensor input) => throw new NotImplementedException();
        }

        public sealed class Dropout2d : ParameterLessModule<Tensor, Tensor>
        {
            private double p;
            private bool inplace;
            internal Dropout2d() : base(nameof(Dropout2d)) => throw new NotImplementedException();
            public override Tensor forward(Tensor input) => throw new NotImplementedException();
        }

        public sealed class Dropout3d : ParameterLessModule<Tensor, Tensor>
        {
            private double p;
            private bool inplace;
            internal Dropout3d() : base(nameof(Dropout3d)) => throw new NotImplementedException();
            public override Tensor forward(Tensor input) => throw new NotImplementedException();
        }

        public sealed class AlphaDropout : ParameterLessModule<Tensor, Tensor>
        {
            private double p;
            private bool inplace;
            internal AlphaDropout() : base(nameof(AlphaDropout)) => throw new NotImplementedException();
            public override Tensor forward(Tensor input) => throw new NotImplementedException();
        }

        public sealed class FeatureAlphaDropout : ParameterLessModule<Tensor, Tensor>
        {
            private double p;
            internal FeatureAlphaDropout() : base(nameof(FeatureAlphaDropout)) => throw new NotImplementedException();
            public override Tensor forward(Tensor input) => throw new NotImplementedException();
        }
    }
}
