#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using System;
using System.Collections.Generic;
using TorchSharp.Modules;

namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class optim
        {
            /// <summary>Base of all optimizers.</summary>
            public abstract class Optimizer : IDisposable
            {
                protected Optimizer() => throw Stub.Throw();

                public virtual Tensor? step(Func<Tensor>? closure = null) => throw Stub.Throw();

                public virtual void zero_grad() => throw Stub.Throw();

                public virtual IEnumerable<Parameter> parameters() => throw Stub.Throw();

                public void Dispose() => throw Stub.Throw();

                protected virtual void Dispose(bool disposing) => throw Stub.Throw();
            }

            public static Modules.Adam Adam(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.99, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) => throw Stub.Throw();

            public static Modules.AdamW AdamW(IEnumerable<Parameter> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.99, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false, bool maximize = false) => throw Stub.Throw();

            public static Modules.SGD SGD(IEnumerable<Parameter> parameters, double learningRate, double momentum = 0.0, double dampening = 0, double weight_decay = 0, bool nesterov = false, bool maximize = false) => throw Stub.Throw();
        }
    }

    namespace Modules
    {
        public class OptimizerHelper : torch.optim.Optimizer
        {
            internal OptimizerHelper() => throw Stub.Throw();
        }

        public class Adam : OptimizerHelper
        {
            internal Adam() => throw Stub.Throw();
        }

        public class AdamW : OptimizerHelper
        {
            internal AdamW() => throw Stub.Throw();
        }

        public class SGD : OptimizerHelper
        {
            internal SGD() => throw Stub.Throw();
        }
    }
}
