#nullable enable
using Microsoft.ML.Tokenizers;
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Core
{
    public interface ICausalLMPipeline
    {
        Tokenizer Tokenizer { get; }

        nn.Module<CausalLMModelInput, CausalLMModelOutput> Model { get; }

        string Generate(string prompt, int maxLen = 128, float temperature = 0.7f, float topP = 0.9f, string[]? stopSequences = null);
    }

    public interface ICausalLMPipeline<out TTokenizer, out TModel> : ICausalLMPipeline
        where TTokenizer : Tokenizer
        where TModel : nn.Module<CausalLMModelInput, CausalLMModelOutput>
    {
        new TTokenizer Tokenizer { get; }

        new TModel Model { get; }
    }
}
