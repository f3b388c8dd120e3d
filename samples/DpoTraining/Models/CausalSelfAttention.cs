using System;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace LanguageModels.Models
{
    /// <summary>
    /// Causal self-attention whose attention dropout is functional, as in Microsoft.ML.GenAI's Phi-2: DisableDropout()
    /// cannot set its p, and because the call omits training it keeps dropping after eval() too.
    /// </summary>
    public sealed class CausalSelfAttention : nn.Module<Tensor, Tensor>
    {
        private readonly Linear _query;
        private readonly Linear _key;
        private readonly Linear _value;
        private readonly double _scale;
        private readonly double _attentionDropout;

        public CausalSelfAttention(long width, double attentionDropout) : base(nameof(CausalSelfAttention))
        {
            _query = nn.Linear(width, width);
            _key = nn.Linear(width, width);
            _value = nn.Linear(width, width);
            _scale = 1.0 / Math.Sqrt(width);
            _attentionDropout = attentionDropout;
            RegisterComponents();
        }

        public override Tensor forward(Tensor hidden)
        {
            var scores = _query.forward(hidden).matmul(_key.forward(hidden).transpose(-2, -1)) * _scale;
            var weights = nn.functional.dropout(scores.softmax(-1), p: _attentionDropout);   // DG0003, DG0004
            return weights.matmul(_value.forward(hidden));
        }
    }
}
