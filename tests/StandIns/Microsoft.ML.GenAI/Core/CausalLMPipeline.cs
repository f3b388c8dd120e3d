#nullable enable
using Microsoft.ML.Tokenizers;
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Core
{
    /// <summary>Wraps a tokenizer and a causal LM. Does not change the model's train/eval mode.</summary>
    public class CausalLMPipeline<TTokenizer, TModel> : ICausalLMPipeline<TTokenizer, TModel>
        where TTokenizer : Tokenizer
        where TModel : nn.Module<CausalLMModelInput, CausalLMModelOutput>
    {
        public CausalLMPipeline(TTokenizer tokenizer, TModel model, string device = "cpu") => throw GenAIStub.Throw();

        public TTokenizer Tokenizer => throw GenAIStub.Throw();

        public TModel Model => throw GenAIStub.Throw();

        Tokenizer ICausalLMPipeline.Tokenizer => throw GenAIStub.Throw();

        nn.Module<CausalLMModelInput, CausalLMModelOutput> ICausalLMPipeline.Model => throw GenAIStub.Throw();

        public virtual string Generate(string prompt, int maxLen = 128, float temperature = 0.7f, float topP = 0.9f, string[]? stopSequences = null) => throw GenAIStub.Throw();
    }

    public class CausalLMPipeline : CausalLMPipeline<Tokenizer, nn.Module<CausalLMModelInput, CausalLMModelOutput>>
    {
        public CausalLMPipeline(Tokenizer tokenizer, nn.Module<CausalLMModelInput, CausalLMModelOutput> model, string device = "cpu")
            : base(tokenizer, model, device) => throw GenAIStub.Throw();
    }
}
