#nullable enable
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Phi
{
    public class Phi3Config
    {
        public Phi3Config() => throw GenAIStub.Throw();

        public double AttentionDropout { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public double ResidPdrop { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public double EmbdPdrop { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int HiddenSize { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int NumHiddenLayers { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int NumAttentionHeads { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int VocabSize { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public ScalarType DType { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }
    }
}
