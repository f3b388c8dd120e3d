using Microsoft.CodeAnalysis;

namespace DropoutGuard
{
    /// <summary>All diagnostic descriptors; help links are derived from the ID so docs and code cannot drift apart.</summary>
    internal static class Descriptors
    {
        public const string Category = "DropoutGuard";
        /// <summary>The rule pages, under the repository whose address is RepositoryUrl in Directory.Build.props.</summary>
        public const string HelpLinkBase = RepositoryInfo.Url + "/blob/main/docs/rules/";

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        public static readonly DiagnosticDescriptor DG0001 = Create(
            RuleIds.DisableDropoutOnTrainingModel,
            "Disable dropout on models used for DPO/SFT training",
            "{0}",
            DiagnosticSeverity.Warning,
            "A model that reaches DPO or SFT training needs dropout disabled, p = 0 on every dropout module, right after it is loaded: "
            + "dropout makes the log-probabilities random, so the DPO log-ratio, its implicit KL term and the gradients carry noise. "
            + "DPO needs it on both the policy and the reference model. Call the generated DisableDropout() helper, or a method named in "
            + "dropout_guard.disable_methods, on the model after loading it; eval() alone is undone by the next train().");

        public static readonly DiagnosticDescriptor DG0002 = Create(
            RuleIds.TrainReenablesDropout,
            "train() re-enables dropout that was only switched off with eval()",
            "'{0}.{1}' undoes the earlier {3} on {2} '{0}', so dropout is on again: use {4}() instead",
            DiagnosticSeverity.Warning,
            "eval() and train(false) only flip the training flag; the train() that DPO/SFT loops call every step flips it back, and "
            + "every dropout module drops activations again. Setting p = 0 with DisableDropout(), or a method named in "
            + "dropout_guard.disable_methods, survives train(). A reference model may keep its eval() as well.");

        public static readonly DiagnosticDescriptor DG0003 = Create(
            RuleIds.UnreachableDropout,
            "Dropout that DisableDropout cannot reach in a model used for DPO/SFT",
            "{0}",
            DiagnosticSeverity.Warning,
            "DisableDropout() sets p = 0 on registered Dropout modules only. Functional dropout calls, scaled_dot_product_attention(p) "
            + "and layers that take dropout as a factory argument (MultiheadAttention, RNN, GRU, LSTM, Transformer*) keep dropping "
            + "activations in a model used for DPO/SFT. Replace functional dropout by a registered Dropout module, and build layers "
            + "with dropout: 0.0 when training with DPO/SFT.",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor DG0004 = Create(
            RuleIds.FunctionalDropoutWithoutTraining,
            "Functional dropout without 'training' stays on after eval()",
            "'{0}' does not pass 'training', so it stays on after eval()",
            DiagnosticSeverity.Warning,
            "torch.nn.functional.dropout, dropout1d, dropout2d and dropout3d default to training = true: inside a module they ignore "
            + "eval() unless the call passes the module's own flag. Pass training: this.training.");

        public static readonly DiagnosticDescriptor DG0900 = Create(
            RuleIds.InvalidConfiguration,
            "Invalid DropoutGuard configuration value",
            "'{0} = {1}': {2}",
            DiagnosticSeverity.Warning,
            "A dropout_guard.* value in .editorconfig or a global config could not be used, or a dropout_guard.* key is not a "
            + "setting; the analyzers ignore what they cannot use and keep the defaults. The diagnostic has no source location: "
            + "set its severity in a global config (.globalconfig) or with -warnaserror:DG0900, not in an [*.cs] section.");

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, params string[] customTags)
            => new DiagnosticDescriptor(id, title, messageFormat, Category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
    }
}
