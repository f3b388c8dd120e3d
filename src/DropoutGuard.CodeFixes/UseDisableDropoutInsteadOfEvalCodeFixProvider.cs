using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>DG0002: disables dropout with DisableDropout(), which survives train(), where eval() only switched it off for a while.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDisableDropoutInsteadOfEvalCodeFixProvider)), Shared]
    public sealed class UseDisableDropoutInsteadOfEvalCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "DG0002.UseDisableDropout";

        private static readonly PlannedFixes Fixes = new PlannedFixes(EvalReplacementPlan.Create, EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.TrainReenablesDropout);

        public override FixAllProvider GetFixAllProvider() => Fixes.FixAllProvider;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fixes.RegisterAsync(context);
    }
}
