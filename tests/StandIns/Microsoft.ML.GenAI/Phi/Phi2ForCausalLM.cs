#nullable enable
using Microsoft.ML.GenAI.Core;
using static TorchSharp.torch;

namespace Microsoft.ML.GenAI.Phi
{
    public class Phi2ForCausalLM : nn.Module<CausalLMModelInput, CausalLMModelOutput>
    {
        public Phi2ForCausalLM(Phi2Config config) : base(nameof(Phi2ForCausalLM)) => throw GenAIStub.Throw();

        public override CausalLMModelOutput forward(CausalLMModelInput input) => throw GenAIStub.Throw();

        /// <summary>Calls eval() on the loaded model.</summary>
        public static Phi2ForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", ScalarType torchDtype = ScalarType.BFloat16, string device = "cpu") => throw GenAIStub.Throw();

        public static Phi2ForCausalLM FromPretrained(string modelFolder, string configName = "config.json", string checkPointName = "model.safetensors.index.json", bool quantizeToInt8 = false, bool quantizeToInt4 = false, int layersOnTargetDevice = -1, ScalarType torchDtype = ScalarType.BFloat16, string targetDevice = "cuda") => throw GenAIStub.Throw();

        public void LoadSafeTensors(string modelFolder, string checkPointName = "model.safetensors.index.json") => throw GenAIStub.Throw();
    }
}
