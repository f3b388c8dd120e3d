using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Calls that load weights into a model or move it to a device or dtype: DisableDropout goes after them.</summary>
    internal static class ModelLoadCalls
    {
        /// <summary>These return the model itself (Module.load, the PyBridge loaders, and ModuleExtensionMethods).</summary>
        private static readonly ImmutableHashSet<string> ReturningTheModel = ImmutableHashSet.Create(
            "load", "load_py", "load_safetensors", "load_checkpoint", "to", "cuda", "cpu", "half", "bfloat16", "float", "double");

        /// <summary>Returns a tuple of missing and unexpected keys, so it only counts as a statement of its own.</summary>
        private const string LoadStateDict = "load_state_dict";

        /// <summary>
        /// The expression that holds the same model as <paramref name="origin"/>: through parentheses and calls such as
        /// <c>new Gpt(1).load(path).to(device)</c>.
        /// </summary>
        public static ExpressionSyntax SameModelAround(ExpressionSyntax origin, DocumentFixContext context)
        {
            var current = origin;
            while (true)
            {
                if (current.Parent is ParenthesizedExpressionSyntax parenthesized)
                {
                    current = parenthesized;
                }
                else if (current.Parent is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access
                    && access.Expression == current
                    && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access
                    && ReturningTheModel.Contains(access.Name.Identifier.ValueText)
                    && context.IsModule(context.Model.GetTypeInfo(invocation).Type))
                {
                    current = invocation;
                }
                else
                {
                    return current;
                }
            }
        }

        /// <summary><c>m.load_py(path)</c>, <c>m.to(device).half()</c>, <c>m.load_state_dict(sd)</c> on a reference to <paramref name="model"/>.</summary>
        public static bool IsCallChainOn(ExpressionSyntax expression, ISymbol model, DocumentFixContext context, bool allowLoadStateDict)
        {
            if (expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access })
                return false;
            var name = access.Name.Identifier.ValueText;
            if (!ReturningTheModel.Contains(name) && !(allowLoadStateDict && name == LoadStateDict))
                return false;
            var receiver = access.Expression;
            return ModelReference.RefersTo(receiver, model, context.Model)
                || IsCallChainOn(receiver, model, context, allowLoadStateDict: false);
        }
    }
}
