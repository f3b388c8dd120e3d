using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>DG0001: disables dropout on a model right after it is made or loaded.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DisableDropoutCodeFixProvider)), Shared]
    public sealed class DisableDropoutCodeFixProvider : PlannedCodeFixProvider
    {
        /// <summary>The same for every diagnostic, so Fix All takes them all.</summary>
        public const string EquivalenceKey = "DG0001.DisableDropout";

        public DisableDropoutCodeFixProvider()
            : base(RuleIds.DisableDropoutOnTrainingModel, DisableDropoutPlan.Create, EquivalenceKey)
        {
        }
    }
}
