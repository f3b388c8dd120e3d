using DropoutGuard.Tests.Infrastructure;
using static DropoutGuard.Tests.Rules.Objectives.ObjectiveCode;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Objectives;

/// <summary>Losses that look like preference objectives but are not: their models keep dropout on purpose.</summary>
public class DG0001ObjectiveNegativeTests
{
    [Fact]
    public Task A_reward_models_pairwise_loss_is_not_dpo()
        => Verify.VerifyAsync(In("RewardLoop", """
            Tensor Run(Tensor chosen, Tensor rejected)
            {
                var rewardModel = new Gpt();
                var chosenReward = rewardModel.forward(chosen).squeeze(-1);
                var rejectedReward = rewardModel.forward(rejected).squeeze(-1);
                return -nn.functional.logsigmoid(chosenReward - rejectedReward).mean();
            }
            """));

    [Fact]
    public Task Two_reward_models_compared_are_not_dpo()
        => Verify.VerifyAsync(In("RewardLoop", """
            Tensor Run(Tensor chosen, Tensor rejected)
            {
                var a = new Gpt();
                var b = new Gpt();
                return -nn.functional.logsigmoid((a.forward(chosen) - a.forward(rejected)) - (b.forward(chosen) - b.forward(rejected))).mean();
            }
            """));

    [Fact]
    public Task Classifier_logits_subtracted_and_sigmoided_are_not_dpo()
        => Verify.VerifyAsync(In("Classifier", """
            Tensor Run(Tensor x, Tensor y)
            {
                var model = new Gpt();
                var logits = model.forward(x);
                var margin = logits[TensorIndex.Colon, 1] - logits[TensorIndex.Colon, 0];
                return -(margin.sigmoid().log() * y).mean();
            }
            """));

    [Fact]
    public Task A_contrastive_loss_is_not_dpo()
        => Verify.VerifyAsync(In("EmbeddingLoop", """
            Tensor Run(Tensor anchor, Tensor positive, Tensor negative)
            {
                var encoder = new Gpt();
                var a = encoder.forward(anchor);
                var p = encoder.forward(positive);
                var n = encoder.forward(negative);
                var loss = -nn.functional.logsigmoid((a * p).sum(-1) - (a * n).sum(-1)).mean();
                var similarities = a.matmul(p.t());
                return loss + nn.functional.cross_entropy(similarities, torch.arange(similarities.shape[0]));
            }
            """));

    [Fact]
    public Task Plain_cross_entropy_is_not_dpo()
        => Verify.VerifyAsync(In("Trainer", """
            Tensor ComputeLoss(Tensor ids, Tensor labels)
            {
                var model = new Gpt();
                var logProbs = model.forward(ids).log_softmax(-1);
                return nn.functional.nll_loss(logProbs, labels) + nn.functional.cross_entropy(model.forward(ids), labels);
            }
            """));

    [Fact]
    public Task Objective_arithmetic_without_a_model_reaches_nothing()
        => Verify.VerifyAsync(In("Trainer", """
            Tensor ComputeLoss(Tensor pc, Tensor pr, Tensor rc, Tensor rr, double beta)
            {
                var unused = new Gpt();
                return -nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean();
            }
            """));

    [Fact]
    public Task A_sum_of_log_probabilities_is_not_a_preference()
        => Verify.VerifyAsync(In("AlignmentLoop", "Tensor Run(" + Batch + ") { var policy = new Gpt(); var reference = new Gpt();" + FourLogProbs("policy", "reference")
            + " return -nn.functional.logsigmoid(beta * ((pc + pr) - (rc + rr))).mean(); }"));

    [Fact]
    public Task Log_probabilities_of_one_answer_only_are_not_a_preference()
        => Verify.VerifyAsync(In("AlignmentLoop", "Tensor Run(" + Batch + ") { var policy = new Gpt(); var reference = new Gpt();" + FourLogProbs("policy", "reference")
            + " return -nn.functional.logsigmoid(beta * (pc - rc)).mean(); }"));

    [Fact]
    public Task A_squared_difference_of_one_models_outputs_is_not_ipo()
        => Verify.VerifyAsync(In("AlignmentLoop", "Tensor Run(" + Batch + ") { var policy = new Gpt(); var reference = new Gpt();" + FourLogProbs("policy", "reference")
            + " return (pc - pr).pow(2).mean(); }"));

    [Fact]
    public Task Misaligned_answers_are_not_dpo()
        => Verify.VerifyAsync(In("AlignmentLoop", "Tensor Run(" + Batch + ") { var policy = new Gpt(); var reference = new Gpt();" + FourLogProbs("policy", "reference")
            + " return -nn.functional.logsigmoid(beta * ((pc - pr) + (rc - rr))).mean(); }"));
}
