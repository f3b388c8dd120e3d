using System.Collections.Generic;
using DropoutGuard;
using LanguageModels.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace LanguageModels.Training
{
    /// <summary>
    /// Preference training under a neutral name: nothing here is called DPO, yet the loss is DPO's. DropoutGuard finds it
    /// by what Step computes (the log-sigmoid of the policy's log-ratio minus the reference's) and reports the policy.
    /// </summary>
    public sealed class PreferenceTrainer
    {
        private readonly TinyGpt _policy = new TinyGpt(vocabulary: 32000, width: 512);    // DG0001: reaches a DPO objective in PreferenceTrainer.Step(…)
        private readonly TinyGpt _reference;
        private readonly double _beta;

        public PreferenceTrainer(double beta)
        {
            _reference = new TinyGpt(vocabulary: 32000, width: 512);                      // guarded: no finding
            _reference.DisableDropout();
            _beta = beta;
        }

        public void Run(IEnumerable<PreferenceBatch> batches)
        {
            var optimizer = optim.AdamW(_policy.parameters(), lr: 5e-7);
            foreach (var batch in batches)
            {
                var loss = Step(batch);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
            }
        }

        private Tensor Step(PreferenceBatch batch)
        {
            var policyChosen = SequenceLogProbability(_policy, batch.Chosen);
            var policyRejected = SequenceLogProbability(_policy, batch.Rejected);
            Tensor referenceChosen, referenceRejected;
            using (no_grad())
            {
                referenceChosen = SequenceLogProbability(_reference, batch.Chosen);
                referenceRejected = SequenceLogProbability(_reference, batch.Rejected);
            }
            var margin = (policyChosen - referenceChosen) - (policyRejected - referenceRejected);
            return -nn.functional.logsigmoid(margin * _beta).mean();
        }

        /// <summary>Log-probability of each sequence's own next tokens.</summary>
        private static Tensor SequenceLogProbability(nn.Module<Tensor, Tensor> model, Tensor tokens)
            => model.forward(tokens).log_softmax(-1).gather(-1, tokens.unsqueeze(-1)).squeeze(-1).sum(-1);
    }
}
