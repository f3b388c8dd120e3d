using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>DG0002: disables dropout with DisableDropout(), which survives train(), where eval() only switched it off for a while.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDisableDropoutInsteadOfEvalCodeFixProvider)), Shared]
    public sealed class UseDisableDropoutInsteadOfEvalCodeFixProvider : PlannedCodeFixProvider
    {
        public const string EquivalenceKey = "DG0002.UseDisableDropout";

        public UseDisableDropoutInsteadOfEvalCodeFixProvider()
            : base(RuleIds.TrainReenablesDropout, EvalReplacementPlan.Create, EquivalenceKey)
        {
        }
    }
}
