using DropoutGuard.Flow;

namespace DropoutGuard.Rules
{
    /// <summary>
    /// DG0001 messages: one sentence naming the model, its role and what puts it on a DPO/SFT path. A sink is named in
    /// preference to a name, because what the model reaches is what the reader can act on.
    /// </summary>
    internal static class OriginMessages
    {
        public static string Describe(ModelOrigin origin, OriginVerdict verdict)
        {
            var name = origin.Target?.Name ?? origin.SourceFactory?.Name ?? origin.ModelType?.Name ?? "model";
            var role = ModelRoles.Describe(origin.Target?.Name);
            if (role == "model" && verdict.Sink?.Role is { } sinkRole)
                role = sinkRole; // a name that says nothing: the model's place in the objective does
            var subject = "Dropout is still on for " + role + " '" + name + "'";
            return verdict.Sink is { } sink
                ? subject + " that reaches " + sink.Display
                : subject + " in DPO/SFT code: " + verdict.PathDescription;
        }
    }
}
