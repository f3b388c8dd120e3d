#nullable enable
using Microsoft.ML.GenAI.Core;
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Mistral
{
    public class MistralForCausalLM : nn.Module<CausalLMModelInput, CausalLMModelOutput>
    {
        public MistralForCausalLM(MistralConfig config) : base(nameof(MistralForCausalLM)) => throw GenAIStub.Throw();

        public override CausalLMModelOutput forward(CausalLMModelInput input) => throw GenAIStub.Throw();

        /// <summary>Leaves the model in training mode (does not call eval()).</summary>
        public static MistralForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", ScalarType torchDtype = ScalarType.BFloat16, string device = "cpu") => throw GenAIStub.Throw();

        public static MistralForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", bool quantizeToInt8 = false, bool quantizeToInt4 = false, int layersOnTargetDevice = -1, ScalarType torchDtype = ScalarType.BFloat16, string targetDevice = "cuda") => throw GenAIStub.Throw();

        public void LoadSafeTensors(string modelFolder, string checkPointName = "model.safetensors.index.json") => throw GenAIStub.Throw();
    }
}
