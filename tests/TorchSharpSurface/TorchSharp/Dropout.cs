#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
using static TorchSharp.torch;

// Dropout modules. Each is its own sealed class (none derives from Dropout); forward reads p and training on every call.
// Since TorchSharp 0.104.0 p and inplace are public settable properties; in 0.102.x/0.103.x (the Legacy flavour) p is a private field.
namespace TorchSharp
{
    namespace Modules
    {
        public sealed class Dropout : ParameterLessModule<Tensor, Tensor>
        {
            internal Dropout(double p = 0.5, bool inplace = false) : base(nameof(Dropout)) => throw Stub.Throw();

#if TORCHSHARP_LEGACY
#pragma warning disable CS0169 // never used: the field only has to exist
            private double p;
            private bool inplace;
#pragma warning restore CS0169
#else
            public double p { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }
#endif

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }

        public sealed class Dropout1d : ParameterLessModule<Tensor, Tensor>
        {
            internal Dropout1d(double p = 0.5, bool inplace = false) : base(nameof(Dropout1d)) => throw Stub.Throw();

#if TORCHSHARP_LEGACY
#pragma warning disable CS0169 // never used: the field only has to exist
            private double p;
            private bool inplace;
#pragma warning restore CS0169
#else
            public double p { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }
#endif

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }

        public sealed class Dropout2d : ParameterLessModule<Tensor, Tensor>
        {
            internal Dropout2d(double p = 0.5, bool inplace = false) : base(nameof(Dropout2d)) => throw Stub.Throw();

#if TORCHSHARP_LEGACY
#pragma warning disable CS0169 // never used: the field only has to exist
            private double p;
            private bool inplace;
#pragma warning restore CS0169
#else
            public double p { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }
#endif

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }

        public sealed class Dropout3d : ParameterLessModule<Tensor, Tensor>
        {
            internal Dropout3d(double p = 0.5, bool inplace = false) : base(nameof(Dropout3d)) => throw Stub.Throw();

#if TORCHSHARP_LEGACY
#pragma warning disable CS0169 // never used: the field only has to exist
            private double p;
            private bool inplace;
#pragma warning restore CS0169
#else
            public double p { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }
#endif

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }

        public sealed class AlphaDropout : ParameterLessModule<Tensor, Tensor>
        {
            internal AlphaDropout(double p = 0.5, bool inplace = false) : base(nameof(AlphaDropout)) => throw Stub.Throw();

#if TORCHSHARP_LEGACY
#pragma warning disable CS0169 // never used: the field only has to exist
            private double p;
            private bool inplace;
#pragma warning restore CS0169
#else
            public double p { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }
#endif

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }

        public sealed class FeatureAlphaDropout : ParameterLessModule<Tensor, Tensor>
        {
            internal FeatureAlphaDropout(double p = 0.5, bool inplace = false) : base(nameof(FeatureAlphaDropout)) => throw Stub.Throw();

#if TORCHSHARP_LEGACY
#pragma warning disable CS0169 // never used: the field only has to exist
            private double p;
            private bool inplace;
#pragma warning restore CS0169
#else
            public double p { get => throw Stub.Throw(); set => throw Stub.Throw(); }

            public bool inplace { get => throw Stub.Throw(); set => throw Stub.Throw(); }
#endif

            public override Tensor forward(Tensor input) => throw Stub.Throw();
        }
    }

    public static partial class torch
    {
        public static partial class nn
        {
            public static Modules.Dropout Dropout(double p = 0.5, bool inplace = false) => throw Stub.Throw();

            public static Modules.Dropout1d Dropout1d(double p = 0.5, bool inplace = false) => throw Stub.Throw();

            public static Modules.Dropout2d Dropout2d(double p = 0.5, bool inplace = false) => throw Stub.Throw();

            public static Modules.Dropout3d Dropout3d(double p = 0.5, bool inplace = false) => throw Stub.Throw();

            public static Modules.AlphaDropout AlphaDropout(double p = 0.5, bool inplace = false) => throw Stub.Throw();

            public static Modules.FeatureAlphaDropout FeatureAlphaDropout(double p, bool inplace) => throw Stub.Throw();

            public static Modules.FeatureAlphaDropout FeatureAlphaDropout(double p = 0.5) => throw Stub.Throw();
        }
    }
}
