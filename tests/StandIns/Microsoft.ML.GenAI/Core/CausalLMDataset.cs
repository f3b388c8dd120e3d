#nullable enable
using System.Collections;
using System.Collections.Generic;
using Microsoft.ML.Tokenizers;

namespace Microsoft.ML.GenAI.Core
{
    public class CausalLMDataset : IEnumerable<CausalLMModelInput>
    {
        internal CausalLMDataset() => throw GenAIStub.Throw();

        public static CausalLMDataset Create(IEnumerable<string> inputs, IEnumerable<string> outputs, Tokenizer tokenizer, bool replicateOutput = false) => throw GenAIStub.Throw();

        public IEnumerator<CausalLMModelInput> GetEnumerator() => throw GenAIStub.Throw();

        IEnumerator IEnumerable.GetEnumerator() => throw GenAIStub.Throw();
    }
}
