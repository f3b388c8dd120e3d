using DropoutGuard.Tests.Infrastructure;
using static DropoutGuard.Tests.Rules.Objectives.ObjectiveCode;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Objectives;

/// <summary>DG0001 by objective: a DPO-family loss puts the models whose log-probabilities feed it on a DPO path.</summary>
public class DG0001ObjectiveTests
{
    private static string Run(string objective, string models = "var policy = [|new Gpt()|]; var reference = [|new Gpt()|];")
        => In("AlignmentLoop", "Tensor Run(" + Batch + ") { " + models + FourLogProbs("policy", "reference") + " return " + objective + "; }");

    [Theory]
    [InlineData("-nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean()")]
    [InlineData("-torch.nn.functional.logsigmoid(beta * ((pc - rc) - (pr - rr))).mean()")]
    [InlineData("-(beta * (pc - pr - (rc - rr))).sigmoid().log().mean()")]
    [InlineData("-torch.log(torch.sigmoid(beta * ((pc - pr) - (rc - rr)))).mean()")]
    [InlineData("-nn.functional.logsigmoid(pc.sub(pr).sub(rc.sub(rr)).mul(beta)).mean()")]
    [InlineData("-nn.functional.logsigmoid(beta * (pc - rc) - beta * (pr - rr)).mean()")]
    [InlineData("-nn.functional.logsigmoid(-(beta * ((pr - pc) - (rr - rc)))).mean()")]
    [InlineData("-(0.9 * nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))) + 0.1 * nn.functional.logsigmoid(-beta * ((pc - pr) - (rc - rr)))).mean()")]
    public Task Dpo_in_any_arrangement_reaches_both_models(string objective)
        => Verify.VerifyAsync(Run(objective));

    [Fact]
    public Task The_message_names_the_objective_and_where_it_is_computed()
        => Verify.VerifyAsync(Run("-nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean()"), null,
            DpoMessage("policy model", "policy", "AlignmentLoop.Run(…)"),
            DpoMessage("reference model", "reference", "AlignmentLoop.Run(…)"));

    [Fact]
    public Task Roles_come_from_the_objective_when_model_names_say_nothing()
        => Verify.VerifyAsync(
            In("AlignmentLoop", "Tensor Run(" + Batch + ") { var first = [|new Gpt()|]; var second = [|new Gpt()|];" + FourLogProbs("second", "first")
                + " return -nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean(); }"), null,
            DpoMessage("reference model", "first", "AlignmentLoop.Run(…)"),
            DpoMessage("policy model", "second", "AlignmentLoop.Run(…)"));

    [Fact]
    public Task Answer_names_decide_roles_in_an_unusual_arrangement()
        => Verify.VerifyAsync(
            In("AlignmentLoop", "Tensor Run(" + Batch + ") { var first = [|new Gpt()|]; var second = [|new Gpt()|];" + FourLogProbs("second", "first")
                + " return -nn.functional.logsigmoid(beta * ((rr - rc) + (pc - pr))).mean(); }"), null,
            DpoMessage("reference model", "first", "AlignmentLoop.Run(…)"),
            DpoMessage("policy model", "second", "AlignmentLoop.Run(…)"));

    [Fact]
    public Task A_frozen_model_is_the_reference()
        => Verify.VerifyAsync(
            In("AlignmentLoop", """
                Tensor Run(Tensor x, Tensor y, Tensor xl, Tensor yl, double beta)
                {
                    var a = [|new Gpt()|];
                    var b = [|new Gpt()|];
                    Tensor ax, ay;
                    using (torch.no_grad())
                    {
                        ax = Scores.LogProbs(a, x, xl);
                        ay = Scores.LogProbs(a, y, yl);
                    }
                    var bx = Scores.LogProbs(b, x, xl);
                    var by = Scores.LogProbs(b, y, yl);
                    return -nn.functional.logsigmoid(beta * ((ay - ax) - (by - bx))).mean();
                }
                """), null,
            DpoMessage("reference model", "a", "AlignmentLoop.Run(…)"),
            DpoMessage("policy model", "b", "AlignmentLoop.Run(…)"));

    [Fact]
    public Task Log_probabilities_computed_in_a_source_helper_count()
        => Verify.VerifyAsync(In("PreferenceTrainer", """
            Tensor Step(Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels, double beta)
            {
                var policy = [|new Gpt()|];
                var reference = [|new Gpt()|];
                var logits = beta * (Scores.LogProbs(policy, chosen, chosenLabels) - Scores.LogProbs(policy, rejected, rejectedLabels)
                    - (Scores.LogProbs(reference, chosen, chosenLabels) - Scores.LogProbs(reference, rejected, rejectedLabels)));
                return -nn.functional.logsigmoid(logits).mean();
            }
            """));

    [Fact]
    public Task The_log_ratio_difference_computed_in_a_source_helper_counts()
        => Verify.VerifyAsync(In("PreferenceTrainer", "Tensor Step(" + Batch + ") { var policy = [|new Gpt()|]; var reference = [|new Gpt()|];" + FourLogProbs("policy", "reference")
            + " return -nn.functional.logsigmoid(beta * Margin(pc, pr, rc, rr)).mean(); }"
            + " static Tensor Margin(Tensor pc, Tensor pr, Tensor rc, Tensor rr) => (pc - pr) - (rc - rr);"));

    [Fact]
    public Task Models_in_fields_are_reported_where_they_are_made()
        => Verify.VerifyAsync(In("PreferenceTrainer", """
            private readonly Gpt _policy = [|new Gpt()|];
            private readonly Gpt _reference;
            public PreferenceTrainer() { _reference = [|new Gpt()|]; }
            public Tensor Step(Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels, double beta)
            {
                var pc = Scores.LogProbs(_policy, chosen, chosenLabels);
                var pr = Scores.LogProbs(_policy, rejected, rejectedLabels);
                var rc = Scores.LogProbs(_reference, chosen, chosenLabels);
                var rr = Scores.LogProbs(_reference, rejected, rejectedLabels);
                return -nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean();
            }
            """), null,
            DpoMessage("policy model", "_policy", "PreferenceTrainer.Step(…)"),
            DpoMessage("reference model", "_reference", "PreferenceTrainer.Step(…)"));

    [Fact]
    public Task Models_passed_as_parameters_are_reported_at_the_caller_with_their_roles()
        => Verify.VerifyAsync(In("Trainer", """
            public Tensor ComputeLoss(nn.Module<Tensor, Tensor> left, nn.Module<Tensor, Tensor> right, Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels)
            {
                var margin = Scores.LogProbs(left, chosen, chosenLabels) - Scores.LogProbs(right, chosen, chosenLabels)
                    - (Scores.LogProbs(left, rejected, rejectedLabels) - Scores.LogProbs(right, rejected, rejectedLabels));
                return -nn.functional.logsigmoid(0.1 * margin).mean();
            }
            """, """

            class Runner
            {
                Tensor Go(Tensor c, Tensor r, Tensor cl, Tensor rl)
                {
                    var a = [|new Gpt()|];
                    var b = [|new Gpt()|];
                    return new Trainer().ComputeLoss(a, b, c, r, cl, rl);
                }
            }
            """), null,
            DpoMessage("policy model", "a", "Trainer.ComputeLoss(…)"),
            DpoMessage("reference model", "b", "Trainer.ComputeLoss(…)"));

    [Theory]
    [InlineData("((beta * ((pc - pr) - (rc - rr))) - 1 / (2 * beta)).pow(2).mean()")]
    [InlineData("torch.square((pc - pr) - (rc - rr) - 1 / (2 * beta)).mean()")]
    public Task Ipo_reaches_both_models(string objective)
        => Verify.VerifyAsync(In("AlignmentLoop", "Tensor Run(" + Batch + ") { var policy = [|new Gpt()|]; var reference = [|new Gpt()|];" + FourLogProbs("policy", "reference")
            + " return " + objective + "; }"));

    [Fact]
    public Task Ipo_written_as_a_product_reaches_both_models()
        => Verify.VerifyAsync(In("AlignmentLoop", "Tensor Run(" + Batch + ") { var policy = [|new Gpt()|]; var reference = [|new Gpt()|];" + FourLogProbs("policy", "reference")
            + " var d = (pc - pr) - (rc - rr) - 1 / (2 * beta); return (d * d).mean(); }"));

    [Fact]
    public Task Ipo_is_named_in_the_message()
        => Verify.VerifyAsync(Run("((pc - pr) - (rc - rr) - 1 / (2 * beta)).square().mean()"), null,
            DpoMessage("policy model", "policy", "AlignmentLoop.Run(…)", "an IPO objective"),
            DpoMessage("reference model", "reference", "AlignmentLoop.Run(…)", "an IPO objective"));

    [Fact]
    public Task SimPo_reaches_its_one_model_as_the_policy()
        => Verify.VerifyAsync(In("AlignmentLoop", """
            Tensor Run(Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels, double beta, double gamma)
            {
                var model = [|new Gpt()|];
                var pc = Scores.LogProbs(model, chosen, chosenLabels) / chosenLabels.shape[1];
                var pr = Scores.LogProbs(model, rejected, rejectedLabels) / rejectedLabels.shape[1];
                return -nn.functional.logsigmoid(beta * (pc - pr) - gamma).mean();
            }
            """), null,
            "Dropout is still on for policy model \'model\' that reaches a SimPO objective in AlignmentLoop.Run(…)");

    [Fact]
    public Task Orpo_log_odds_reach_the_model()
        => Verify.VerifyAsync(In("AlignmentLoop", """
            Tensor Run(Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels, double lambda)
            {
                var model = [|new Gpt()|];
                var pc = Scores.LogProbs(model, chosen, chosenLabels);
                var pr = Scores.LogProbs(model, rejected, rejectedLabels);
                var logOdds = (pc - pr) - (torch.log1p(-pc.exp()) - torch.log1p(-pr.exp()));
                return -lambda * nn.functional.logsigmoid(logOdds).mean();
            }
            """), null,
            DpoMessage("policy model", "model", "AlignmentLoop.Run(…)", "an ORPO objective"));

    [Fact]
    public Task Reference_log_probabilities_computed_beforehand_make_it_dpo()
        => Verify.VerifyAsync(In("AlignmentLoop", """
            Tensor Run(Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels, Tensor refChosen, Tensor refRejected, double beta)
            {
                var model = [|new Gpt()|];
                var pc = Scores.LogProbs(model, chosen, chosenLabels);
                var pr = Scores.LogProbs(model, rejected, rejectedLabels);
                return -nn.functional.logsigmoid(beta * ((pc - pr) - (refChosen - refRejected))).mean();
            }
            """), null,
            DpoMessage("policy model", "model", "AlignmentLoop.Run(…)"));

    [Fact]
    public Task Disabled_models_are_not_reported()
        => Verify.VerifyAsync(Run("-nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean()",
            "var policy = new Gpt().DisableDropout(); var reference = new Gpt().DisableDropout();"));

    [Fact]
    public Task The_option_turns_detection_off()
        => Verify.VerifyAsync(Run("-nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean()", "var policy = new Gpt(); var reference = new Gpt();"),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.detect_objectives = false\n" });

    [Fact]
    public Task The_option_set_to_true_keeps_detection_on()
        => Verify.VerifyAsync(Run("-nn.functional.logsigmoid(beta * ((pc - pr) - (rc - rr))).mean()"),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.detect_objectives = true\n" });
}
