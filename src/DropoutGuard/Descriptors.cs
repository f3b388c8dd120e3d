using Microsoft.CodeAnalysis;

namespace DropoutGuard
{
    /// <summary>All diagnostic descriptors; help links are derived from the ID so docs and code cannot drift apart.</summary>
    internal static class Descriptors
    {
        public const string Category = "DropoutGuard";
        public const string HelpLinkBase = "https://github.com/dropoutguard/dropoutguard/blob/main/docs/rules/";

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        public static readonly DiagnosticDescriptor DG0001 = Create(
            RuleIds.DisableDropoutOnTrainingModel,
            "Disable dropout on models used for DPO/SFT training",
            "{0}",
            DiagnosticSeverity.Warning,
            "A model that reaches DPO or SFT training must have dropout disabled (p = 0) right after it is loaded: dropout makes the log-probabilities random, so the DPO log-ratio, the implicit KL and the gradients carry noise.");

        public static readonly DiagnosticDescriptor DG0002 = Create(
            RuleIds.TrainReenablesDropout,
            "train() re-enables dropout that was only switched off with eval()",
            "'{0}.{1}' re-enables dropout on {2} '{0}': the earlier {3} only switched the mode, and train() switches it back, so dropout is active again in DPO/SFT training; set p = 0 with {0}.DisableDropout(), which survives train()",
            DiagnosticSeverity.Warning,
            "eval() and train(false) only flip the training flag; a later train() flips it back and every Dropout module drops activations again. Setting p = 0 (DisableDropout) survives train().");

        public static readonly DiagnosticDescriptor DG0003 = Create(
            RuleIds.UnreachableDropout,
            "Dropout that DisableDropout cannot reach in a model used for DPO/SFT",
            "{0} in '{1}' is not a Dropout module, so DisableDropout() cannot set its p to 0, and '{1}' is used for DPO/SFT training in {2}; register a Dropout module with RegisterComponents (so DisableDropout can reach it) or use a probability of 0 for DPO/SFT",
            DiagnosticSeverity.Warning,
            "Functional dropout calls and layers that take dropout only as a constructor argument (MultiheadAttention, RNN, GRU, LSTM, Transformer*) keep dropping activations after DisableDropout(), because it only sets p on Dropout modules.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor DG0004 = Create(
            RuleIds.FunctionalDropoutWithoutTraining,
            "Functional dropout without 'training' stays on after eval()",
            "'{0}' does not pass 'training', whose default is true, so it keeps dropping activations after eval(); pass training: this.training",
            DiagnosticSeverity.Warning,
            "torch.nn.functional.dropout, dropout1d, dropout2d and dropout3d default to training = true: inside a module they ignore eval() unless the call passes the module's own training flag.");

        public static readonly DiagnosticDescriptor DG0900 = Create(
            RuleIds.InvalidConfiguration,
            "Invalid DropoutGuard configuration value",
            "'{0} = {1}': {2}",
            DiagnosticSeverity.Warning,
            "A dropout_guard.* value in .editorconfig could not be used, or a dropout_guard.* key is not a setting; the analyzers ignore what they cannot use and keep the defaults.");

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, params string[] customTags)
            => new DiagnosticDescriptor(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
    }
}
