#nullable enable
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Core
{
    public class CausalLMModelInput
    {
        public CausalLMModelInput(Tensor inputIds, Tensor? attentionMask = null, Tensor? positionIds = null, int pastKeyValuesLength = 0, Tensor? inputsEmbeds = null, bool? useCache = null, bool? outputAttentions = null, bool? outputHiddenStates = null) => throw GenAIStub.Throw();

        public Tensor InputIds { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public Tensor? AttentionMask { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public Tensor? PositionIds { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public Tensor? Labels { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }
    }
}
