using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Helper
{
    /// <summary>Decides from a compilation's TorchSharp reference whether the helper is needed and which shape it takes.</summary>
    internal static class HelperShapeReader
    {
        private const string ExtensionsMetadataName = "DropoutGuard.DropoutExtensions";

        /// <summary>
        /// Null when there is nothing to emit: TorchSharp is not referenced, or the compilation already sees a
        /// DropoutGuard.DropoutExtensions (its own, or one a reference exposes), which the generated one would clash with.
        /// </summary>
        public static HelperShape? Read(Compilation compilation)
        {
            // Decided before any symbol lookup, so a project without TorchSharp pays no binding.
            if (!TorchSharpReference.IsIn(compilation))
                return null;
            var module = compilation.GetTypeByMetadataName("TorchSharp.torch+nn+Module");
            if (module is null || !IsAccessible(compilation, module) || HasAccessibleExtensions(compilation))
                return null;

            var dropoutClasses = ImmutableArray.CreateBuilder<DropoutClassShape>();
            foreach (var name in TorchSharpTypes.DropoutClassNames)
            {
                var dropout = compilation.GetTypeByMetadataName("TorchSharp.Modules." + name);
                if (dropout is not null && IsAccessible(compilation, dropout))
                    dropoutClasses.Add(new DropoutClassShape(name, HasSettableP(compilation, dropout)));
            }

            var scriptModule = compilation.GetTypeByMetadataName("TorchSharp.torch+jit+ScriptModule");
            var hasScriptModule = scriptModule is not null && IsAccessible(compilation, scriptModule);
            return new HelperShape(dropoutClasses.ToImmutable(), hasScriptModule, emitsNullableDirective: false);
        }

        // compilation.GetTypeByMetadataName returns null when several assemblies define the name, so each is asked on its own.
        private static bool HasAccessibleExtensions(Compilation compilation)
        {
            if (compilation.Assembly.GetTypeByMetadataName(ExtensionsMetadataName) is not null)
                return true;
            foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                var extensions = reference.GetTypeByMetadataName(ExtensionsMetadataName);
                if (extensions is not null && IsAccessible(compilation, extensions))
                    return true;
            }
            return false;
        }

        // Since TorchSharp 0.104 p is a public settable double property; before that a private field.
        private static bool HasSettableP(Compilation compilation, INamedTypeSymbol dropout)
            => dropout.GetMembers("p").OfType<IPropertySymbol>().Any(p =>
                !p.IsStatic
                && p.Type.SpecialType == SpecialType.System_Double
                && p.SetMethod is { IsInitOnly: false } setter
                && IsAccessible(compilation, setter));

        private static bool IsAccessible(Compilation compilation, ISymbol symbol)
            => compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly);
    }
}
