using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// Runs a provider's plans. A single fix and Fix All (document, project and solution) both apply the plans of a
    /// document in one <see cref="DocumentEdits"/> rewrite, in source order, so they produce the same text.
    /// </summary>
    internal sealed class PlannedFixes
    {
        private readonly Func<DocumentFixContext, Diagnostic, IFixPlan?> _plan;
        private readonly string _equivalenceKey;

        public PlannedFixes(Func<DocumentFixContext, Diagnostic, IFixPlan?> plan, string equivalenceKey)
        {
            _plan = plan;
            _equivalenceKey = equivalenceKey;
        }

        public FixAllProvider FixAllProvider
            => FixAllProvider.Create(async (fixAll, document, diagnostics) => await FixAsync(document, diagnostics, fixAll.CancellationToken).ConfigureAwait(false));

        public async Task RegisterAsync(CodeFixContext context)
        {
            var document = context.Document;
            if (await DocumentFixContext.CreateAsync(document, context.CancellationToken).ConfigureAwait(false) is not { } fixContext)
                return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (_plan(fixContext, diagnostic) is not { } plan)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create(plan.Title, cancellationToken => FixAsync(document, new[] { diagnostic }, cancellationToken), _equivalenceKey),
                    diagnostic);
            }
        }

        private async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            if (await DocumentFixContext.CreateAsync(document, cancellationToken).ConfigureAwait(false) is not { } context)
                return document;
            var plans = diagnostics
                .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
                .Select(diagnostic => _plan(context, diagnostic))
                .OfType<IFixPlan>()
                .GroupBy(plan => plan.Span)
                .Select(group => group.First())
                .OrderBy(plan => plan.Span.Start);
            var edits = new DocumentEdits(context);
            foreach (var plan in plans)
                plan.AddTo(edits);
            return edits.IsEmpty ? document : edits.Apply();
        }
    }
}
