using System;
using System.IO;
using DropoutGuard;
using LanguageModels;
using LanguageModels.Models;
using LanguageModels.Training;
using Microsoft.ML.GenAI.Core;
using TorchSharp.PyBridge;

var checkpoints = args.Length > 0 ? args[0] : "checkpoints";

// DPO: the policy is trained against a frozen reference; both start from the SFT checkpoint.
var policy = new TinyGpt(vocabulary: 32000, width: 512);                  // DG0001: reaches DpoTrainer with dropout on
policy.load_py(Path.Combine(checkpoints, "sft.pt"));

var reference = new TinyGpt(vocabulary: 32000, width: 512);               // guarded: no finding
reference.load_py(Path.Combine(checkpoints, "sft.pt"));
reference.DisableDropout();

var trainer = new DpoTrainer(policy, reference, beta: 0.1);
trainer.Train(Array.Empty<PreferenceBatch>());

// SFT with Microsoft.ML.GenAI: the model reaches the trainer only inside a pipeline built in another method.
var pipeline = ModelLoading.LoadLlamaPipeline(Path.Combine(checkpoints, "llama"));   // DG0001
var sft = new CausalLMSupervisedFineTuningTrainer(pipeline);
foreach (var _ in sft.Train(CausalLMDataset.Create(Array.Empty<string>(), Array.Empty<string>(), pipeline.Tokenizer), new CausalLMSupervisedFineTuningTrainer.Option()))
{
}
