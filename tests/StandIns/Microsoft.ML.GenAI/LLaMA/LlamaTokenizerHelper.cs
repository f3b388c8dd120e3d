#nullable enable
using Microsoft.ML.Tokenizers;

namespace Microsoft.ML.GenAI.LLaMA
{
    public static class LlamaTokenizerHelper
    {
        public static TiktokenTokenizer FromPretrained(string modelWeightFolder, string modelFile = "tokenizer.model") => throw GenAIStub.Throw();
    }
}
