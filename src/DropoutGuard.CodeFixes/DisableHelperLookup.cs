using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// Chooses the method a fix calls to disable dropout. A helper the user already has (a method named as one of the
    /// configured disable methods, DisableDropout and disable_dropout by default) wins over the generated extension:
    /// first a method of the containing type, then a method or extension callable on the model, then a static method
    /// of another accessible source type.
    /// </summary>
    internal sealed class DisableHelperLookup
    {
        private readonly SemanticModel _model;
        private readonly ImmutableArray<string> _names;
        private readonly bool _generatedAvailable;
        private ImmutableArray<IMethodSymbol> _staticHelpers;

        public DisableHelperLookup(SemanticModel model, ImmutableArray<string> names, bool generatedAvailable)
        {
            _model = model;
            _names = names;
            _generatedAvailable = generatedAvailable && names.Contains(GeneratedHelper.MethodName);
        }

        /// <param name="site">The node the call goes next to (scope, accessibility and static context are read there).</param>
        /// <param name="modelType">The static type of the model expression the call receives.</param>
        /// <param name="needsModelResult">The call replaces the model expression, so it must evaluate to the model.</param>
        /// <returns>Null when no suitable method exists.</returns>
        public DisableCall? Find(SyntaxNode site, ITypeSymbol modelType, bool needsModelResult)
        {
            var rejectedSameName = false;
            foreach (var (method, call) in Candidates(site, modelType))
            {
                if (!needsModelResult || call.ReturnsModel)
                    return call;
                rejectedSameName |= method.Name == GeneratedHelper.MethodName && call.IsOnReceiver;
            }
            // model.DisableDropout() would bind to the user's method of that name (or be ambiguous with it).
            return _generatedAvailable && !rejectedSameName ? DisableCall.Generated : null;
        }

        private IEnumerable<(IMethodSymbol Method, DisableCall Call)> Candidates(SyntaxNode site, ITypeSymbol modelType)
        {
            var position = site.SpanStart;
            var hasThis = InstanceContext.ThisType(_model, site) is not null;
            var enclosingType = _model.GetEnclosingSymbol(position)?.ContainingType;
            var bySimpleName = _names
                .SelectMany(name => _model.LookupSymbols(position, name: name).OfType<IMethodSymbol>())
                .Where(method => !GeneratedHelper.IsGenerated(method) && TakesModel(method, modelType)
                    && (method.MethodKind == MethodKind.LocalFunction || (method.MethodKind == MethodKind.Ordinary && (method.IsStatic || hasThis))))
                .OrderBy(method => SymbolEqualityComparer.Default.Equals(method.ContainingType, enclosingType) ? 0 : 1)
                .ToList();
            foreach (var method in bySimpleName)
                yield return (method, DisableCall.WithArgument(method.Name, ReturnsModel(method, modelType)));

            var onModel = _names
                .SelectMany(name => _model.LookupSymbols(position, container: modelType, name: name, includeReducedExtensionMethods: true).OfType<IMethodSymbol>())
                .Where(method => method.Parameters.IsEmpty && (!method.IsStatic || method.ReducedFrom is not null) && !GeneratedHelper.IsGenerated(method));
            foreach (var method in onModel)
                yield return (method, DisableCall.OnReceiver(method.Name, ReturnsModel(method, modelType)));

            var elsewhere = StaticHelpers()
                .Where(method => !bySimpleName.Contains(method, SymbolEqualityComparer.Default)
                    && TakesModel(method, modelType) && _model.IsAccessible(position, method) && _model.IsAccessible(position, method.ContainingType))
                .Select(method => (Method: method, Text: method.ContainingType.ToMinimalDisplayString(_model, position) + "." + method.Name))
                .OrderBy(candidate => candidate.Text, System.StringComparer.Ordinal);
            foreach (var (method, text) in elsewhere)
                yield return (method, DisableCall.WithArgument(text, ReturnsModel(method, modelType)));
        }

        /// <summary>
        /// Static helpers of the configured names anywhere in the project, looked up once per document by name (the
        /// compiler's name index), not by a predicate over every declared name, which Fix All would pay per finding.
        /// </summary>
        private ImmutableArray<IMethodSymbol> StaticHelpers()
        {
            if (_staticHelpers.IsDefault)
            {
                _staticHelpers = _names
                    .SelectMany(name => _model.Compilation.GetSymbolsWithName(name, SymbolFilter.Member))
                    .OfType<IMethodSymbol>()
                    .Where(method => method.IsStatic && method.MethodKind == MethodKind.Ordinary && !method.ContainingType.IsGenericType
                        && !GeneratedHelper.IsGenerated(method))
                    .Distinct<IMethodSymbol>(SymbolEqualityComparer.Default)
                    .ToImmutableArray();
            }
            return _staticHelpers;
        }

        private bool TakesModel(IMethodSymbol method, ITypeSymbol modelType)
        {
            if (method.Parameters.Length != 1 || method.Parameters[0].RefKind != RefKind.None)
                return false;
            var parameterType = method.Parameters[0].Type;
            return parameterType is ITypeParameterSymbol typeParameter
                ? typeParameter.ConstraintTypes.All(constraint => Converts(modelType, constraint))
                : Converts(modelType, parameterType);
        }

        private bool Converts(ITypeSymbol from, ITypeSymbol to)
        {
            var conversion = _model.Compilation.ClassifyCommonConversion(from, to);
            return conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference);
        }

        /// <summary><c>T M&lt;T&gt;(T m)</c>, or a return type that is exactly the model's type.</summary>
        private static bool ReturnsModel(IMethodSymbol method, ITypeSymbol modelType)
        {
            if (method.ReturnsVoid)
                return false;
            var original = method.ReducedFrom ?? method;
            if (original.ReturnType is ITypeParameterSymbol && original.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(original.ReturnType, original.Parameters[0].Type))
            {
                return true;
            }
            return SymbolEqualityComparer.Default.Equals(method.ReturnType, modelType);
        }
    }
}
