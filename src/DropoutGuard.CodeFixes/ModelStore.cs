using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// A statement that stores a freshly made model in a local, parameter, field or property:
    /// <c>var policy = new Gpt(1);</c>, <c>this.policy = Load();</c>. DisableDropout can be called on the target after it.
    /// </summary>
    internal sealed class ModelStore
    {
        private ModelStore(StatementSyntax statement, ExpressionSyntax target, ISymbol symbol, ITypeSymbol type)
        {
            Statement = statement;
            Target = target;
            Symbol = symbol;
            Type = type;
        }

        public StatementSyntax Statement { get; }

        /// <summary>The target as code can read it back, without trivia: <c>policy</c>, <c>this.policy</c>.</summary>
        public ExpressionSyntax Target { get; }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        /// <param name="model">The expression holding the model (see <see cref="ModelLoadCalls.SameModelAround"/>).</param>
        public static ModelStore? Find(ExpressionSyntax model, DocumentFixContext context)
        {
            switch (model.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax statement } } declarator }
                    when !statement.IsConst && context.Model.GetDeclaredSymbol(declarator) is ILocalSymbol local:
                    return Create(statement, SyntaxFactory.IdentifierName(declarator.Identifier.WithoutTrivia()), local, local.Type, context);
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: ExpressionStatementSyntax statement } assignment
                    when assignment.Right == model && ModelReference.IsPlain(assignment.Left)
                        && context.Model.GetSymbolInfo(assignment.Left).Symbol is { } symbol && IsReadable(symbol):
                    return Create(statement, assignment.Left.WithoutTrivia(), symbol, context.Model.GetTypeInfo(assignment.Left).Type, context);
                default:
                    return null;
            }
        }

        private static ModelStore? Create(StatementSyntax statement, ExpressionSyntax target, ISymbol symbol, ITypeSymbol? type, DocumentFixContext context)
            => type is not null && context.IsModule(type) && StatementInserter.CanInsertAfter(statement)
                ? new ModelStore(statement, target, symbol, type)
                : null;

        private static bool IsReadable(ISymbol symbol)
            => symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol || symbol is IPropertySymbol { GetMethod: not null };
    }
}
