using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>DG0001: disables dropout on a model right after it is made or loaded.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DisableDropoutCodeFixProvider)), Shared]
    public sealed class DisableDropoutCodeFixProvider : CodeFixProvider
    {
        /// <summary>The same for every diagnostic, so Fix All takes them all.</summary>
        public const string EquivalenceKey = "DG0001.DisableDropout";

        private static readonly PlannedFixes Fixes = new PlannedFixes(DisableDropoutPlan.Create, EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DisableDropoutOnTrainingModel);

        public override FixAllProvider GetFixAllProvider() => Fixes.FixAllProvider;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fixes.RegisterAsync(context);
    }
}
