using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>DG0004: passes the module's training flag to functional dropout, whose <c>training</c> defaults to true.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassTrainingArgumentCodeFixProvider)), Shared]
    public sealed class PassTrainingArgumentCodeFixProvider : PlannedCodeFixProvider
    {
        public const string EquivalenceKey = "DG0004.PassTraining";

        public PassTrainingArgumentCodeFixProvider()
            : base(RuleIds.FunctionalDropoutWithoutTraining, TrainingArgumentPlan.Create, EquivalenceKey)
        {
        }
    }
}
