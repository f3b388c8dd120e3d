using DropoutGuard.Flow;

namespace DropoutGuard.Rules
{
    /// <summary>DG0001 messages: what the model is, why it matters here, and what to do.</summary>
    internal static class OriginMessages
    {
        public static string Describe(ModelOrigin origin, OriginVerdict verdict)
        {
            var name = origin.Target?.Name ?? origin.SourceFactory?.Name ?? origin.ModelType?.Name ?? "model";
            var role = ModelRoles.Describe(origin.Target?.Name);
            if (role == "model" && verdict.Sink?.Role is { } sinkRole)
                role = sinkRole; // a name that says nothing: the model's place in the objective does

            var created = origin.NonZeroDropoutArgument is { } argument ? "created here with " + argument : "loaded here";
            string reason;
            if (verdict.Sink is { } sink)
            {
                reason = "it reaches " + sink.Display + ", and " + (ModelRoles.IsPreferenceTraining(sink.Display + " " + role)
                    ? "DPO compares policy and reference log-probabilities, so both need dropout disabled"
                    : "dropout makes the log-probabilities and gradients of fine-tuning noisy; call DisableDropout() after loading it");
            }
            else
            {
                reason = "this is DPO/SFT code (" + verdict.PathDescription + "), where dropout makes the log-probabilities random; call DisableDropout() after loading it";
            }
            return "Dropout is still enabled on " + role + " '" + name + "' " + created + "; " + reason;
        }
    }
}
