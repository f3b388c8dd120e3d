using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// The statements that directly follow a model's creation and finish loading it: <c>policy.load_py(path);</c>,
    /// <c>policy = policy.to(device);</c>. Calls that disable dropout are passed over too, so several models declared
    /// together get their calls in declaration order.
    /// </summary>
    internal static class LoadStatements
    {
        /// <summary>The last statement of the run that starts with <paramref name="store"/>'s statement.</summary>
        public static StatementSyntax LastOfRun(ModelStore store, DocumentFixContext context)
        {
            var last = store.Statement;
            foreach (var next in Following(store.Statement))
            {
                if (!LoadsOrMoves(next, store.Symbol, context) && !DisablesDropout(next, context))
                    break;
                last = next;
            }
            return last;
        }

        private static IEnumerable<StatementSyntax> Following(StatementSyntax statement)
        {
            switch (statement.Parent)
            {
                case BlockSyntax block:
                    return block.Statements.Skip(block.Statements.IndexOf(statement) + 1);
                case SwitchSectionSyntax section:
                    return section.Statements.Skip(section.Statements.IndexOf(statement) + 1);
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } global:
                    return unit.Members.Skip(unit.Members.IndexOf(global) + 1)
                        .TakeWhile(member => member is GlobalStatementSyntax)
                        .Select(member => ((GlobalStatementSyntax)member).Statement);
                default:
                    return Enumerable.Empty<StatementSyntax>();
            }
        }

        private static bool LoadsOrMoves(StatementSyntax statement, ISymbol model, DocumentFixContext context)
            => statement is ExpressionStatementSyntax { Expression: var expression }
                && (expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    ? ModelReference.RefersTo(assignment.Left, model, context.Model)
                        && ModelLoadCalls.IsCallChainOn(assignment.Right, model, context, allowLoadStateDict: false)
                    : ModelLoadCalls.IsCallChainOn(expression, model, context, allowLoadStateDict: true));

        private static bool DisablesDropout(StatementSyntax statement, DocumentFixContext context)
            => statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
                && MethodName(invocation.Expression) is { } name
                && context.DisableMethodNames.Contains(name);

        private static string? MethodName(ExpressionSyntax callee)
            => callee switch
            {
                SimpleNameSyntax name => name.Identifier.ValueText,
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                _ => null,
            };
    }
}
