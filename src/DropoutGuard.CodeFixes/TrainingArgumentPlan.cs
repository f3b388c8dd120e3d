using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// The fix for one DG0004 diagnostic: <c>functional.dropout(x, p)</c> becomes <c>functional.dropout(x, p, training: this.training)</c>,
    /// so the call follows the module's train()/eval() mode. The new argument is laid out like the existing ones.
    /// </summary>
    internal sealed class TrainingArgumentPlan : IFixPlan
    {
        private const string TrainingName = "training";

        private readonly ArgumentListSyntax _arguments;

        private TrainingArgumentPlan(ArgumentListSyntax arguments) => _arguments = arguments;

        public string Title => "Pass training: this.training";

        public TextSpan Span => _arguments.Span;

        /// <returns>Null where there is no <c>this</c> with a <c>training</c> member (static code, initializers).</returns>
        public static TrainingArgumentPlan? Create(DocumentFixContext context, Diagnostic diagnostic)
        {
            if (diagnostic.Location.SourceTree != context.Root.SyntaxTree
                || context.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax { ArgumentList: { } arguments } invocation
                || arguments.Arguments.Any(argument => argument.NameColon?.Name.Identifier.ValueText == TrainingName)
                || InstanceContext.ThisType(context.Model, invocation) is not { } thisType
                || !context.Model.LookupSymbols(invocation.SpanStart, thisType, TrainingName).Any(member => member is IPropertySymbol or IFieldSymbol))
            {
                return null;
            }
            return new TrainingArgumentPlan(arguments);
        }

        public void AddTo(DocumentEdits edits) => edits.Replace(_arguments, current => WithTraining((ArgumentListSyntax)current));

        private static ArgumentListSyntax WithTraining(ArgumentListSyntax list)
        {
            var training = SyntaxFactory.ParseArgumentList("(" + TrainingName + ": this." + TrainingName + ")").Arguments[0];
            var arguments = list.Arguments;
            if (arguments.Count == 0)
                return list.WithArguments(SyntaxFactory.SingletonSeparatedList(training));

            // After the last argument, with the separator and line layout of the ones before it.
            var last = arguments.Last();
            var separators = arguments.GetSeparators().ToList();
            var separatorTrailing = separators.Count > 0 ? separators.Last().TrailingTrivia : SyntaxFactory.TriviaList(SyntaxFactory.Space);
            var onOwnLine = Trivia.HasEndOfLine(separatorTrailing);
            var comma = SyntaxFactory.Token(default, SyntaxKind.CommaToken, separatorTrailing);
            training = training
                .WithLeadingTrivia(onOwnLine ? Trivia.IndentationOf(last.GetLeadingTrivia()) : default)
                .WithTrailingTrivia(last.GetTrailingTrivia());
            var nodes = arguments.Replace(last, last.WithTrailingTrivia()).Add(training);
            return list.WithArguments(SyntaxFactory.SeparatedList(nodes, separators.Append(comma)));
        }
    }
}
