using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>DG0004: passes the module's training flag to functional dropout, whose <c>training</c> defaults to true.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassTrainingArgumentCodeFixProvider)), Shared]
    public sealed class PassTrainingArgumentCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "DG0004.PassTraining";

        private static readonly PlannedFixes Fixes = new PlannedFixes(TrainingArgumentPlan.Create, EquivalenceKey);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.FunctionalDropoutWithoutTraining);

        public override FixAllProvider GetFixAllProvider() => Fixes.FixAllProvider;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fixes.RegisterAsync(context);
    }
}
