using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>Finding the bodies of methods declared in source.</summary>
    internal static class SourceMethods
    {
        /// <summary>
        /// Asked for nearly every call the analysis sees, so the answer is kept per symbol (weakly, as symbols go), in
        /// several tables: a table takes one lock to add, and every analysis thread adds.
        /// </summary>
        private static readonly ConditionalWeakTable<IMethodSymbol, object>[] s_hasBody = NewTables(16);
        private static readonly object s_yes = new object();
        private static readonly object s_no = new object();

        public static bool HasBody(IMethodSymbol method)
        {
            var definition = Definition(method);
            // Library methods (most calls) leave here, before any table: their locations are in metadata.
            if (definition.IsAbstract || definition.IsExtern || !IsInSource(definition))
                return false;
            var table = s_hasBody[RuntimeHelpers.GetHashCode(definition) & (s_hasBody.Length - 1)];
            if (table.TryGetValue(definition, out var known))
                return known == s_yes;
            return table.GetValue(definition, ComputeHasBody) == s_yes;
        }

        private static bool IsInSource(IMethodSymbol definition)
        {
            var locations = definition.Locations;
            return !locations.IsEmpty && locations[0].IsInSource;
        }

        private static ConditionalWeakTable<IMethodSymbol, object>[] NewTables(int count)
        {
            var tables = new ConditionalWeakTable<IMethodSymbol, object>[count];
            for (var i = 0; i < count; i++)
                tables[i] = new ConditionalWeakTable<IMethodSymbol, object>();
            return tables;
        }

        private static object ComputeHasBody(IMethodSymbol definition)
        {
            foreach (var _ in BodySyntax(definition))
                return s_yes;
            return s_no;
        }

        /// <summary>The symbol whose summary is shared by every call: the unreduced, unconstructed, implementing part.</summary>
        public static IMethodSymbol Definition(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return definition.PartialImplementationPart ?? definition;
        }

        /// <summary>Declarations that carry a body (block or expression), in declaration order.</summary>
        public static IEnumerable<SyntaxNode> BodySyntax(IMethodSymbol definition)
        {
            foreach (var reference in definition.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                var hasBody = node switch
                {
                    BaseMethodDeclarationSyntax declaration => declaration.Body is not null || declaration.ExpressionBody is not null,
                    AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
                    LocalFunctionStatementSyntax localFunction => localFunction.Body is not null || localFunction.ExpressionBody is not null,
                    ArrowExpressionClauseSyntax => true,
                    _ => false,
                };
                if (hasBody)
                    yield return node;
            }
        }
    }
}
