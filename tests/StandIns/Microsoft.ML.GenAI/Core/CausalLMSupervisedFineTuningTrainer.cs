#nullable enable
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Microsoft.ML.GenAI.Core
{
    /// <summary>Supervised fine-tuning of <c>pipeline.Model</c>. Never calls train()/eval() and never touches dropout.</summary>
    public class CausalLMSupervisedFineTuningTrainer
    {
        public CausalLMSupervisedFineTuningTrainer(ICausalLMPipeline pipeline, ILogger<CausalLMSupervisedFineTuningTrainer>? logger = null) => throw GenAIStub.Throw();

        public IEnumerable<ICausalLMPipeline> Train(CausalLMDataset trainDataset, Option trainingOption, CancellationToken ct = default) => throw GenAIStub.Throw();

        public IEnumerable<ICausalLMPipeline> Train(IEnumerable<CausalLMDataset> trainDataset, Option trainingOption, CancellationToken ct = default) => throw GenAIStub.Throw();

        public class Option
        {
            public Option() => throw GenAIStub.Throw();

            public int Epoch { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

            public int BatchSize { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }

            public float LearningRate { get => throw GenAIStub.Throw(); set => throw GenAIStub.Throw(); }
        }
    }
}
