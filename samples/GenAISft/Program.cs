using System;
using System.IO;
using LanguageModels;
using Microsoft.ML.GenAI.Core;

var checkpoints = args.Length > 0 ? args[0] : "checkpoints";

// SFT with Microsoft.ML.GenAI: the model reaches the trainer only inside a pipeline built in another method.
var pipeline = ModelLoading.LoadLlamaPipeline(Path.Combine(checkpoints, "llama"));   // DG0001
var sft = new CausalLMSupervisedFineTuningTrainer(pipeline);
foreach (var _ in sft.Train(CausalLMDataset.Create(Array.Empty<string>(), Array.Empty<string>(), pipeline.Tokenizer), new CausalLMSupervisedFineTuningTrainer.Option()))
{
}
