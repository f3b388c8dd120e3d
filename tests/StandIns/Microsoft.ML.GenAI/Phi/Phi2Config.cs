#nullable enable
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Phi
{
    public class Phi2Config
    {
        public Phi2Config() => throw GenAIStub.Throw();

        public double AttentionDropout { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public double ResidPdrop { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public double EmbdPdrop { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int HiddenSize { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int NumHiddenLayers { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int NumAttentionHeads { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public int VocabSize { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

        public ScalarType Dtype { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }
    }
}
