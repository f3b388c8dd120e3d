namespace DropoutGuard.Rules
{
    /// <summary>Keys of the properties a diagnostic hands to its code fix, so the fix need not redo the analysis.</summary>
    public static class DiagnosticProperties
    {
        /// <summary>The variable or member that holds the model, as written in code ("policy", "_reference").</summary>
        public const string Name = "Name";

        /// <summary>One of the <see cref="ModelTargetKinds"/>.</summary>
        public const string TargetKind = "TargetKind";

        /// <summary>"true" when the reported expression is a Module and the generated helper can be called on it.</summary>
        public const string Fixable = "Fixable";

        /// <summary>"reference model", "policy model" or "model".</summary>
        public const string Role = "Role";
    }

    public static class ModelTargetKinds
    {
        public const string Local = "Local";
        public const string Member = "Member";
        public const string Parameter = "Parameter";

        /// <summary>Not stored anywhere (an argument, a returned value): the fix wraps the expression.</summary>
        public const string Expression = "Expression";
    }
}
