using Microsoft.CodeAnalysis.Operations;

namespace DropoutGuard.Flow
{
    internal enum DropoutSiteKind
    {
        /// <summary><c>functional.dropout…(…)</c> and <c>scaled_dot_product_attention(…, p)</c>.</summary>
        FunctionalDropout,

        /// <summary><c>MultiheadAttention</c>, <c>LSTM</c>, <c>TransformerEncoderLayer</c>… made with dropout.</summary>
        LayerArgument,
    }

    /// <summary>Dropout that p = 0 on Dropout modules cannot reach.</summary>
    internal readonly struct DropoutSite
    {
        public DropoutSite(IInvocationOperation invocation, DropoutSiteKind kind, bool probabilityIsZero, bool passesTraining)
        {
            Invocation = invocation;
            Kind = kind;
            ProbabilityIsZero = probabilityIsZero;
            PassesTraining = passesTraining;
        }

        public IInvocationOperation Invocation { get; }
        public DropoutSiteKind Kind { get; }

        /// <summary>The probability (p or dropout) is the constant 0.</summary>
        public bool ProbabilityIsZero { get; }

        /// <summary>The call passes the <c>training</c> argument explicitly.</summary>
        public bool PassesTraining { get; }
    }
}
