#nullable enable
using System.Collections.Generic;

// Minimal stand-in for Microsoft.ML.Tokenizers.
namespace Microsoft.ML.Tokenizers
{
    public abstract class Tokenizer
    {
        protected Tokenizer() => throw Microsoft.ML.GenAI.GenAIStub.Throw();

        public virtual IReadOnlyList<int> EncodeToIds(string text) => throw Microsoft.ML.GenAI.GenAIStub.Throw();

        public virtual string? Decode(IEnumerable<int> ids) => throw Microsoft.ML.GenAI.GenAIStub.Throw();
    }

    public sealed class TiktokenTokenizer : Tokenizer
    {
        internal TiktokenTokenizer() => throw Microsoft.ML.GenAI.GenAIStub.Throw();
    }
}
