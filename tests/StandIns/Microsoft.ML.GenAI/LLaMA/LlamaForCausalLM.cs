#nullable enable
using Microsoft.ML.GenAI.Core;
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.LLaMA
{
    public class LlamaForCausalLM : nn.Module<CausalLMModelInput, CausalLMModelOutput>
    {
        public LlamaForCausalLM(LlamaConfig config) : base(nameof(LlamaForCausalLM)) => throw GenAIStub.Throw();

        public override CausalLMModelOutput forward(CausalLMModelInput input) => throw GenAIStub.Throw();

        /// <summary>Leaves the model in training mode (does not call eval()).</summary>
        public static LlamaForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", ScalarType torchDtype = ScalarType.BFloat16, string device = "cpu") => throw GenAIStub.Throw();

        public static LlamaForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", bool quantizeToInt8 = false, bool quantizeToInt4 = false, int layersOnTargetDevice = -1, ScalarType torchDtype = ScalarType.BFloat16, string targetDevice = "cuda") => throw GenAIStub.Throw();

        public void LoadSafeTensors(string modelFolder, string checkPointName = "model.safetensors.index.json") => throw GenAIStub.Throw();
    }
}
