using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>How a fix calls a dropout-disabling method: <c>model.Name()</c> or <c>Name(model)</c> / <c>Type.Name(model)</c>.</summary>
    internal sealed class DisableCall
    {
        /// <summary>The <c>DisableDropout()</c> extension that DropoutGuard generates in namespace DropoutGuard.</summary>
        public static readonly DisableCall Generated = new DisableCall(GeneratedHelper.MethodName, onReceiver: true, returnsModel: true, isGenerated: true);

        private readonly string _method;
        private readonly bool _onReceiver;

        private DisableCall(string method, bool onReceiver, bool returnsModel, bool isGenerated)
        {
            _method = method;
            _onReceiver = onReceiver;
            ReturnsModel = returnsModel;
            IsGenerated = isGenerated;
        }

        /// <summary>The call evaluates to the model itself, so it can wrap an expression in place.</summary>
        public bool ReturnsModel { get; }

        /// <summary>Called as <c>model.Name()</c>.</summary>
        public bool IsOnReceiver => _onReceiver;

        /// <summary>Calls the generated helper, which needs <c>using DropoutGuard;</c>.</summary>
        public bool IsGenerated { get; }

        public static DisableCall OnReceiver(string method, bool returnsModel) => new DisableCall(method, onReceiver: true, returnsModel, isGenerated: false);

        /// <param name="method">The method as callable at the site: "DisableDropout" or "Utils.disable_dropout".</param>
        public static DisableCall WithArgument(string method, bool returnsModel) => new DisableCall(method, onReceiver: false, returnsModel, isGenerated: false);

        /// <param name="model">The model expression, without trivia.</param>
        public InvocationExpressionSyntax Invoke(ExpressionSyntax model)
        {
            if (!_onReceiver)
            {
                return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.ParseExpression(_method),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(model))));
            }
            var receiver = Precedence.IsPrimary(model) ? model : SyntaxFactory.ParenthesizedExpression(model);
            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(_method)));
        }

        public ExpressionStatementSyntax Statement(ExpressionSyntax model) => SyntaxFactory.ExpressionStatement(Invoke(model));
    }
}
