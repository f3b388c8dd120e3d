using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace LanguageModels.Training
{
    /// <summary>Direct Preference Optimization: pushes the policy's log-ratio of chosen over rejected above the reference's.</summary>
    public sealed class DpoTrainer
    {
        private readonly nn.Module<Tensor, Tensor> _policy;
        private readonly nn.Module<Tensor, Tensor> _reference;
        private readonly double _beta;

        public DpoTrainer(nn.Module<Tensor, Tensor> policy, nn.Module<Tensor, Tensor> reference, double beta)
        {
            _policy = policy;
            _reference = reference;
            _beta = beta;
        }

        public void Train(IEnumerable<PreferenceBatch> batches)
        {
            var optimizer = optim.AdamW(_policy.parameters(), lr: 5e-7);
            foreach (var batch in batches)
            {
                Tensor referenceMargin;
                using (no_grad())
                    referenceMargin = LogProbability(_reference, batch.Chosen) - LogProbability(_reference, batch.Rejected);
                var policyMargin = LogProbability(_policy, batch.Chosen) - LogProbability(_policy, batch.Rejected);
                var loss = -nn.functional.logsigmoid((policyMargin - referenceMargin) * _beta).mean();
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
            }
        }

        private static Tensor LogProbability(nn.Module<Tensor, Tensor> model, Tensor tokens)
            => model.forward(tokens).log_softmax(-1).sum();
    }
}
