using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>Behaviour of Microsoft.ML.GenAI loaders that the analysis cannot see in metadata.</summary>
    internal static class GenAIFacts
    {
        /// <summary>Phi-2's and Phi-3's five-parameter FromPretrained call eval() on the model they return.</summary>
        public static bool FactoryCallsEval(IMethodSymbol method)
            => method.Name == "FromPretrained"
            && method.Parameters.Length == 5
            && method.ContainingType is { Name: "Phi2ForCausalLM" or "Phi3ForCausalLM" } type
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.ML.GenAI.Phi";
    }
}
