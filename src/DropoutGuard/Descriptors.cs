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

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, bool enabledByDefault = true)
            => new DiagnosticDescriptor(id, title, messageFormat, Category, severity, enabledByDefault, description, HelpLink(id));
    }
}
