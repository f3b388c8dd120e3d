using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>A provider that fixes one diagnostic ID by planning edits; single fixes and Fix All share one rewrite.</summary>
    public abstract class PlannedCodeFixProvider : CodeFixProvider
    {
        private readonly PlannedFixes _fixes;

        private protected PlannedCodeFixProvider(string diagnosticId, Func<DocumentFixContext, Diagnostic, IFixPlan?> plan, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _fixes = new PlannedFixes(plan, equivalenceKey);
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        public sealed override FixAllProvider GetFixAllProvider() => _fixes.FixAllProvider;

        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context) => _fixes.RegisterAsync(context);
    }
}
