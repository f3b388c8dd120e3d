using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>A short name for a model in a fix's title: the variable or member it is stored in, else what makes it.</summary>
    internal static class ModelDisplayName
    {
        private static readonly Regex Whitespace = new Regex(@"\s+");

        /// <param name="model">The expression holding the model (see <see cref="ModelLoadCalls.SameModelAround"/>).</param>
        public static string For(ExpressionSyntax origin, ExpressionSyntax model, SemanticModel semanticModel)
            => model.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                AssignmentExpressionSyntax assignment when assignment.Right == model && ModelReference.NameOf(assignment.Left) is { } name => name,
                _ => OfOrigin(origin, semanticModel),
            };

        /// <summary>
        /// "Gpt" for <c>new Gpt(…)</c>, "LlamaForCausalLM.FromPretrained" for a factory call however qualified, the type for
        /// other expressions.
        /// </summary>
        private static string OfOrigin(ExpressionSyntax origin, SemanticModel semanticModel)
            => origin switch
            {
                ObjectCreationExpressionSyntax creation => Compact(creation.Type),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver } access } => Compact(receiver.Name) + "." + Compact(access.Name),
                InvocationExpressionSyntax invocation => Compact(invocation.Expression),
                AwaitExpressionSyntax awaited => OfOrigin(awaited.Expression, semanticModel),
                ParenthesizedExpressionSyntax parenthesized => OfOrigin(parenthesized.Expression, semanticModel),
                _ => semanticModel.GetTypeInfo(origin).Type?.ToMinimalDisplayString(semanticModel, origin.SpanStart) ?? "model",
            };

        private static string Compact(SyntaxNode node) => Whitespace.Replace(node.WithoutTrivia().ToString(), string.Empty);
    }
}
