using Microsoft.CodeAnalysis;

namespace DropoutGuard.Flow
{
    /// <summary>The type of what a symbol holds: a local, a parameter, a field or a property; null for anything else.</summary>
    internal static class SymbolTypes
    {
        public static ITypeSymbol? Of(ISymbol? symbol)
            => symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
    }
}
