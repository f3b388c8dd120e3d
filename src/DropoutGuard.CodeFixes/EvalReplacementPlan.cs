using System.Linq;
using DropoutGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// The fix for one DG0002 diagnostic, made at the earlier <c>x.eval();</c> / <c>x.train(false);</c> statement: a policy
    /// (or plain) model gets <c>x.DisableDropout();</c> in its place, so that train() no longer brings dropout back; a
    /// reference model keeps eval() (it must not train) and gets the call after it.
    /// </summary>
    internal sealed class EvalReplacementPlan : IFixPlan
    {
        private const string ReferenceRole = "reference model";

        private readonly ExpressionStatementSyntax _evalStatement;
        private readonly StatementSyntax _call;
        private readonly bool _keepsEval;
        private readonly bool _usesGeneratedHelper;

        private EvalReplacementPlan(ExpressionStatementSyntax evalStatement, StatementSyntax call, bool keepsEval, bool usesGeneratedHelper)
        {
            _evalStatement = evalStatement;
            _call = call;
            _keepsEval = keepsEval;
            _usesGeneratedHelper = usesGeneratedHelper;
        }

        public string Title => "Disable dropout with DisableDropout() instead of eval()";

        /// <summary>Diagnostics whose train() calls share one eval() share this span, so Fix All edits that eval() once.</summary>
        public TextSpan Span => _evalStatement.Span;

        public static EvalReplacementPlan? Create(DocumentFixContext context, Diagnostic diagnostic)
        {
            var evalLocation = diagnostic.AdditionalLocations.FirstOrDefault();
            if (evalLocation is null || evalLocation.SourceTree != context.Root.SyntaxTree
                || context.Root.FindNode(evalLocation.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { Parent: ExpressionStatementSyntax statement } eval)
            {
                return null;
            }
            var keepsEval = diagnostic.Properties.TryGetValue(DiagnosticProperties.Role, out var role) && role == ReferenceRole;
            if (ModelOf(eval, context) is not { Type: { } type } model || !context.IsModule(type)
                || (keepsEval && (!model.Rereadable || !StatementInserter.CanInsertAfter(statement)))
                || context.Helpers.Find(statement, type, needsModelResult: false) is not { } call)
            {
                return null;
            }
            return new EvalReplacementPlan(statement, call.Statement(model.Target), keepsEval, call.IsGenerated);
        }

        public void AddTo(DocumentEdits edits)
        {
            if (_keepsEval)
                edits.InsertAfter(_evalStatement, _call);
            else
                edits.Replace(_evalStatement, current => _call.WithTriviaFrom(current));
            if (_usesGeneratedHelper)
                edits.ImportGeneratedNamespaceFor(_evalStatement);
        }

        /// <summary>
        /// The model eval() is called on: <c>x</c> in <c>x.eval()</c>, <c>this</c> for a bare <c>eval()</c> in a module.
        /// Rereadable tells whether a second statement may read it again (a plain variable or member access).
        /// </summary>
        private static (ExpressionSyntax Target, ITypeSymbol? Type, bool Rereadable)? ModelOf(InvocationExpressionSyntax eval, DocumentFixContext context)
            => eval.Expression switch
            {
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access
                    => (access.Expression.WithoutTrivia(), context.Model.GetTypeInfo(access.Expression).Type, IsRereadable(access.Expression)),
                IdentifierNameSyntax => (SyntaxFactory.ThisExpression(), InstanceContext.ThisType(context.Model, eval), true),
                _ => null,
            };

        private static bool IsRereadable(ExpressionSyntax expression)
            => expression switch
            {
                IdentifierNameSyntax or ThisExpressionSyntax => true,
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => IsRereadable(access.Expression),
                _ => false,
            };
    }
}
