#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public static partial class nn
        {
            /// <summary>Functional forms. Note the <c>training</c> defaults: true for dropout/dropout1d/2d/3d, false for the alpha variants.</summary>
            public static partial class functional
            {
                public static Tensor dropout(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => throw Stub.Throw();

                public static Tensor dropout1d(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => throw Stub.Throw();

                public static Tensor dropout2d(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => throw Stub.Throw();

                public static Tensor dropout3d(Tensor input, double p = 0.5, bool training = true, bool inplace = false) => throw Stub.Throw();

                public static Tensor alpha_dropout(Tensor input, double p = 0.5, bool training = false, bool inplace = false) => throw Stub.Throw();

                public static Tensor feature_alpha_dropout(Tensor input, double p = 0.5, bool training = false, bool inplace = false) => throw Stub.Throw();

                /// <summary>Applies <paramref name="p"/> whatever the module's mode.</summary>
                public static Tensor scaled_dot_product_attention(Tensor query, Tensor key, Tensor value, Tensor? attn_mask = null, double p = 0.0, bool is_casual = false) => throw Stub.Throw();

                public static Tensor linear(Tensor input, Tensor weights, Tensor? bias = null) => throw Stub.Throw();

                public static Tensor relu(Tensor x, bool inplace = false) => throw Stub.Throw();

                public static Tensor gelu(Tensor x) => throw Stub.Throw();

                public static Tensor logsigmoid(Tensor x) => throw Stub.Throw();

                public static Tensor softmax(Tensor input, long dim, ScalarType? dtype = null) => throw Stub.Throw();

                public static Tensor log_softmax(Tensor input, long dim, ScalarType? dtype = null) => throw Stub.Throw();

                public static Tensor cross_entropy(Tensor input, Tensor target, Tensor? weight = null, long ignore_index = -100, Reduction reduction = Reduction.Mean, double label_smoothing = 0.0) => throw Stub.Throw();
            }
        }
    }
}
