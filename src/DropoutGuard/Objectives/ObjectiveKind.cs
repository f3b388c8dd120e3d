namespace DropoutGuard.Objectives
{
    /// <summary>The preference-training objectives recognised by what the code computes.</summary>
    internal enum ObjectiveKind
    {
        /// <summary>logsigmoid(β·((πc−πr)−(ρc−ρr))): DPO, and cDPO/RSO, which only weight or sample it differently.</summary>
        Dpo,

        /// <summary>((πc−πr)−(ρc−ρr)−1/(2β))²: the same log-ratio difference, squared.</summary>
        Ipo,

        /// <summary>logsigmoid of one model's (length-normalised) chosen minus rejected log-probabilities, no reference.</summary>
        SimPo,

        /// <summary>logsigmoid of one model's log-odds ratio of the chosen and the rejected answer.</summary>
        Orpo,
    }

    internal static class ObjectiveNames
    {
        /// <summary>"a DPO objective", "an IPO objective"…: the start of a training sink's display.</summary>
        public static string WithArticle(ObjectiveKind kind)
            => kind switch
            {
                ObjectiveKind.Ipo => "an IPO objective",
                ObjectiveKind.SimPo => "a SimPO objective",
                ObjectiveKind.Orpo => "an ORPO objective",
                _ => "a DPO objective",
            };
    }
}
