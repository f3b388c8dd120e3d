using static TorchSharp.torch;

namespace LanguageModels.Training
{
    /// <summary>Chosen and rejected completions of the same prompts, tokenised.</summary>
    public sealed class PreferenceBatch
    {
        public PreferenceBatch(Tensor chosen, Tensor rejected)
        {
            Chosen = chosen;
            Rejected = rejected;
        }

        public Tensor Chosen { get; }
        public Tensor Rejected { get; }
    }
}
