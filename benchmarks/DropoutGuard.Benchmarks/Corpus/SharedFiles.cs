using System.Collections.Generic;

namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>Files every unit uses: the trainers (training sinks by name), batches, a dropout helper and a fallback model.</summary>
    internal static class SharedFiles
    {
        public const string FallbackModel = "Corpus.Shared.BaseDecoder";

        public static IEnumerable<CorpusFile> All()
        {
            yield return new CorpusFile("Shared/Trainers.cs", Trainers());
            yield return new CorpusFile("Shared/Support.cs", Support());
        }

        private static string Trainers()
        {
            var w = new CodeWriter();
            Usings.Write(w);
            w.Open("namespace Corpus.Shared");
            foreach (var (name, lossLine) in new[]
            {
                ("DpoTrainer", "var loss = -nn.functional.logsigmoid((policyChosen - referenceChosen - policyRejected + referenceRejected) * _beta).mean();"),
                ("KtoTrainer", "var loss = (1.0 - nn.functional.sigmoid((policyChosen - referenceChosen) * _beta)).mean();"),
            })
            {
                w.Open($"public sealed class {name}");
                w.Line("private readonly nn.Module<Tensor, Tensor> _policy;");
                w.Line("private readonly nn.Module<Tensor, Tensor> _reference;");
                w.Line("private readonly double _beta;");
                w.Line();
                w.Open($"public {name}(nn.Module<Tensor, Tensor> policy, nn.Module<Tensor, Tensor> reference, double beta = 0.1)");
                w.Line("_policy = policy;").Line("_reference = reference;").Line("_beta = beta;");
                w.Close();
                w.Line();
                w.Open("public float Step(PreferenceBatch batch, optim.Optimizer optimizer)");
                w.Line("var policyChosen = SequenceLogProbs.Of(_policy, batch.Chosen);");
                w.Line("var policyRejected = SequenceLogProbs.Of(_policy, batch.Rejected);");
                w.Line("Tensor referenceChosen, referenceRejected;");
                w.Open("using (torch.no_grad())");
                w.Line("referenceChosen = SequenceLogProbs.Of(_reference, batch.Chosen);");
                w.Line("referenceRejected = SequenceLogProbs.Of(_reference, batch.Rejected);");
                w.Close();
                w.Line(lossLine);
                w.Line("optimizer.zero_grad();").Line("loss.backward();").Line("optimizer.step();");
                w.Line("return loss.item<float>();");
                w.Close();
                w.Close();
                w.Line();
            }
            w.Open("public sealed class SftTrainer");
            w.Line("private readonly nn.Module<Tensor, Tensor> _model;");
            w.Line("public SftTrainer(nn.Module<Tensor, Tensor> model) => _model = model;");
            w.Open("public float Step(TokenBatch batch, optim.Optimizer optimizer)");
            w.Line("var logits = _model.forward(batch.Tokens);");
            w.Line("var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[logits.shape.Length - 1]), batch.Labels.reshape(-1));");
            w.Line("optimizer.zero_grad();").Line("loss.backward();").Line("optimizer.step();");
            w.Line("return loss.item<float>();");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Support()
        {
            var w = new CodeWriter();
            Usings.Write(w);
            w.Open("namespace Corpus.Shared");
            w.Line("public sealed record PreferenceBatch(Tensor Chosen, Tensor Rejected);");
            w.Line("public sealed record TokenBatch(Tensor Tokens, Tensor Labels);");
            w.Line();
            w.Open("public static class SequenceLogProbs");
            w.Line("public static Tensor Of(nn.Module<Tensor, Tensor> model, Tensor tokens) => nn.functional.log_softmax(model.forward(tokens), -1).sum(-1);");
            w.Close();
            w.Line();
            w.Line("/// <summary>Sets p = 0 on every registered dropout module.</summary>");
            w.Open("public static class DropoutTools");
            w.Open("public static void DisableDropout(nn.Module model)");
            w.Open("foreach (var module in model.modules())");
            w.Line("if (module is Dropout dropout)");
            w.Line("    dropout.p = 0;");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
            w.Open("public sealed class BaseDecoder : nn.Module<Tensor, Tensor>");
            w.Line("private readonly Embedding _embedding;").Line("private readonly Dropout _dropout;").Line("private readonly Linear _head;");
            w.Open("public BaseDecoder(long vocabulary, long width, double dropout = 0.1) : base(nameof(BaseDecoder))");
            w.Line("_embedding = nn.Embedding(vocabulary, width);").Line("_dropout = nn.Dropout(dropout);").Line("_head = nn.Linear(width, vocabulary);");
            w.Line("RegisterComponents();");
            w.Close();
            w.Line("public override Tensor forward(Tensor tokens) => _head.forward(_dropout.forward(_embedding.forward(tokens)));");
            w.Close();
            w.Line();
            w.Open("public static class Batches");
            w.Line("public static PreferenceBatch RandomPreference(long batch, long length, long vocabulary) => new PreferenceBatch(torch.randint(vocabulary, new long[] { batch, length }), torch.randint(vocabulary, new long[] { batch, length }));");
            w.Line("public static TokenBatch RandomTokens(long batch, long length, long vocabulary) => new TokenBatch(torch.randint(vocabulary, new long[] { batch, length }), torch.randint(vocabulary, new long[] { batch, length }));");
            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
