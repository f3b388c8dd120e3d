namespace DropoutGuard.Tests.Rules.Objectives;

/// <summary>Preference-training code named neutrally, so only what it computes can put its models on a DPO path.</summary>
internal static class ObjectiveCode
{
    /// <summary>Sequence log-probabilities of labels under a model, as preference training computes them.</summary>
    public const string LogProbHelper = """

        static class Scores
        {
            public static Tensor LogProbs(nn.Module<Tensor, Tensor> model, Tensor ids, Tensor labels)
            {
                var logits = model.forward(ids);
                return logits.log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1).sum(-1);
            }
        }
        """;

    /// <summary>A class with <paramref name="body"/> as members, plus the shared models and helpers.</summary>
    public static string In(string className, string body, string extra = "")
        => TestModels.With("class " + className + " { " + body + " }" + LogProbHelper + extra);

    /// <summary>The four log-probabilities of DPO, computed inline from two models held in locals or members.</summary>
    public static string FourLogProbs(string policy, string reference) => $"""
        var pc = {policy}.forward(chosen).log_softmax(-1).gather(-1, chosenLabels.unsqueeze(-1)).squeeze(-1).sum(-1);
        var pr = {policy}.forward(rejected).log_softmax(-1).gather(-1, rejectedLabels.unsqueeze(-1)).squeeze(-1).sum(-1);
        var rc = {reference}.forward(chosen).log_softmax(-1).gather(-1, chosenLabels.unsqueeze(-1)).squeeze(-1).sum(-1);
        var rr = {reference}.forward(rejected).log_softmax(-1).gather(-1, rejectedLabels.unsqueeze(-1)).squeeze(-1).sum(-1);
        """;

    public const string Batch = "Tensor chosen, Tensor rejected, Tensor chosenLabels, Tensor rejectedLabels, double beta";

    public static string DpoMessage(string role, string name, string where, string kind = "a DPO objective", string created = "loaded here")
        => $"Dropout is still on for {role} '{name}' that reaches {kind} in {where}";
}
