using System;
using System.IO;
using DropoutGuard;
using LanguageModels.Models;
using LanguageModels.Training;
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

// A second round with an attention model. The frozen reference may rely on eval(); the policy may not: eval() only
// switches the mode, and the training loop switches it back. Its attention dropout is functional (see CausalSelfAttention).
var attentionPolicy = new AttentionGpt(vocabulary: 32000, width: 512);
attentionPolicy.load_py(Path.Combine(checkpoints, "sft-attention.pt"));
attentionPolicy.eval();
var attentionReference = new AttentionGpt(vocabulary: 32000, width: 512);
attentionReference.load_py(Path.Combine(checkpoints, "sft-attention.pt"));
attentionReference.eval();

var attentionTrainer = new DpoTrainer(attentionPolicy, attentionReference, beta: 0.1);
for (var epoch = 0; epoch < 3; epoch++)
{
    attentionPolicy.train();                                                // DG0002: dropout is back on
    attentionTrainer.Train(Array.Empty<PreferenceBatch>());
}
