using System;
using DropoutGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// The fix for one DG0001 diagnostic: call DisableDropout on the variable or member the model is stored in, right
    /// after the statements that load it, or else on the reported expression in place.
    /// </summary>
    internal sealed class DisableDropoutPlan : IFixPlan
    {
        private readonly Action<DocumentEdits> _addEdits;

        private DisableDropoutPlan(ExpressionSyntax origin, string modelName, Action<DocumentEdits> addEdits)
        {
            Span = origin.Span;
            Title = $"Disable dropout on '{modelName}' after loading";
            _addEdits = addEdits;
        }

        public string Title { get; }

        public TextSpan Span { get; }

        public void AddTo(DocumentEdits edits) => _addEdits(edits);

        /// <returns>Null when the diagnostic is not fixable (the model sits in a wrapper object, or nothing can disable it here).</returns>
        public static DisableDropoutPlan? Create(DocumentFixContext context, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Fixable, out var fixable) || fixable != "true"
                || diagnostic.Location.SourceTree != context.Root.SyntaxTree
                || context.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax origin)
            {
                return null;
            }
            var model = ModelLoadCalls.SameModelAround(origin, context);
            var name = ModelDisplayName.For(origin, model, context.Model);
            return ModelStore.Find(model, context) is { } store ? AfterLoading(origin, store, name, context) : InPlace(origin, name, context);
        }

        private static DisableDropoutPlan? AfterLoading(ExpressionSyntax origin, ModelStore store, string name, DocumentFixContext context)
        {
            var call = context.Helpers.Find(store.Statement, store.Type, needsModelResult: false);
            if (call is null)
                return null;
            var anchor = LoadStatements.LastOfRun(store, context);
            var statement = call.Statement(store.Target);
            return new DisableDropoutPlan(origin, name, edits =>
            {
                edits.InsertAfter(anchor, statement);
                if (call.IsGenerated)
                    edits.ImportGeneratedNamespaceFor(anchor);
            });
        }

        private static DisableDropoutPlan? InPlace(ExpressionSyntax origin, string name, DocumentFixContext context)
        {
            var type = context.Model.GetTypeInfo(origin).Type;
            if (type is null || !context.IsModule(type) || context.Helpers.Find(origin, type, needsModelResult: true) is not { } call)
                return null;
            var explicitType = origin is ImplicitObjectCreationExpressionSyntax
                ? SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(context.Model, origin.SpanStart))
                : null;
            return new DisableDropoutPlan(origin, name, edits =>
            {
                edits.Replace(origin, current => InPlaceCall.Wrap((ExpressionSyntax)current, call, explicitType));
                if (call.IsGenerated)
                    edits.ImportGeneratedNamespaceFor(origin);
            });
        }
    }
}
