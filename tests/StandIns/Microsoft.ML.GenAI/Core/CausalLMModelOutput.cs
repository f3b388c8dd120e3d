#nullable enable
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Core
{
    public class CausalLMModelOutput
    {
        public CausalLMModelOutput(Tensor lastHiddenState, Tensor? logits = null, Tensor[]? allHiddenStates = null, Tensor[]? attentions = null) => throw GenAIStub.Throw();

        public Tensor LastHiddenState { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public Tensor? Logits { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public Tensor? Loss { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }
    }
}
