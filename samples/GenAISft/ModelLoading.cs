using Microsoft.ML.GenAI.Core;
using Microsoft.ML.GenAI.LLaMA;
using Microsoft.ML.Tokenizers;

namespace LanguageModels
{
    /// <summary>Loads a Llama checkpoint and wraps it for generation and fine-tuning, like Microsoft.ML.GenAI's SFT sample.</summary>
    internal static class ModelLoading
    {
        public static CausalLMPipeline<TiktokenTokenizer, LlamaForCausalLM> LoadLlamaPipeline(string modelFolder)
        {
            var tokenizer = LlamaTokenizerHelper.FromPretrained(modelFolder);
            var model = LlamaForCausalLM.FromPretrained(modelFolder, device: "cpu");
            return new CausalLMPipeline<TiktokenTokenizer, LlamaForCausalLM>(tokenizer, model);
        }
    }
}
