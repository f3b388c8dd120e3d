using System.Collections.Concurrent;
using DropoutGuard.Flow;
using DropoutGuard.Options;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.TrainingPaths
{
    /// <summary>
    /// Answers "is this code location on a DPO/SFT path by its names?" — enclosing function, containing types,
    /// namespace, file name, or a forced dropout_guard.training_path — memoised per compilation.
    /// </summary>
    internal sealed class TrainingPathResolver
    {
        /// <summary>Per type: the description its chain of containing types and namespaces gives, or null.</summary>
        private readonly ConcurrentDictionary<(ISymbol Type, TrainingVocabulary Vocabulary), string?> _byType =
            SharedCache.Create<(ISymbol, TrainingVocabulary), string?>(SymbolAndInstanceComparer<ISymbol, TrainingVocabulary>.Instance);
        private readonly ConcurrentDictionary<(string Path, TrainingVocabulary Vocabulary), string?> _byFile =
            SharedCache.Create<(string, TrainingVocabulary), string?>();

        /// <summary>
        /// A short description of what puts the location on a path ("method 'TrainDpo'", "file 'SftJob.cs'"), or null.
        /// </summary>
        public string? Describe(ISymbol? enclosing, SyntaxTree? tree, DropoutGuardOptions options)
        {
            if (options.TrainingPath is bool forced)
                return forced ? "this file, by dropout_guard.training_path = true" : null;
            if (enclosing is not null)
            {
                var bySymbol = DescribeSymbolChain(enclosing, options.Vocabulary);
                if (bySymbol is not null)
                    return bySymbol;
            }
            if (tree is null || string.IsNullOrEmpty(tree.FilePath))
                return null;
            return _byFile.GetOrAdd((tree.FilePath, options.Vocabulary), key =>
            {
                var fileName = FileName(key.Path);
                var extension = fileName.LastIndexOf('.');
                return key.Vocabulary.Matches(extension > 0 ? fileName.Substring(0, extension) : fileName) ? "file '" + fileName + "'" : null;
            });
        }

        // Not System.IO.Path: on .NET Framework hosts it throws on characters such as '<' that tree paths may hold.
        private static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);

        /// <summary>Is this identifier (a method or type name) a training name?</summary>
        public static bool IsTrainingName(string name, DropoutGuardOptions options) => options.Vocabulary.Matches(name);

        /// <summary>The type itself or a base type with a training name (<c>MyTrainer : DpoTrainerBase</c>), if any.</summary>
        public static INamedTypeSymbol? FindTrainingType(ITypeSymbol? type, DropoutGuardOptions options)
        {
            for (var current = type as INamedTypeSymbol; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (IsTrainingName(current.Name, options))
                    return current;
            }
            return null;
        }

        /// <remarks>Functions are read each time (each is asked about once or twice); types are memoised, each with its chain out.</remarks>
        private string? DescribeSymbolChain(ISymbol? symbol, TrainingVocabulary vocabulary)
        {
            for (var current = symbol; current is not null; current = current.ContainingSymbol)
            {
                if (current is INamedTypeSymbol type)
                    return DescribeType(type, vocabulary);
                if (DescribeOne(current, vocabulary) is { } described)
                    return described;
            }
            return null;
        }

        private string? DescribeType(INamedTypeSymbol type, TrainingVocabulary vocabulary)
        {
            var key = ((ISymbol)type, vocabulary);
            return _byType.TryGetValue(key, out var known)
                ? known
                : _byType.GetOrAdd(key, DescribeOne(type, vocabulary) ?? DescribeSymbolChain(type.ContainingSymbol, vocabulary));
        }

        private static string? DescribeOne(ISymbol current, TrainingVocabulary vocabulary)
        {
            switch (current)
            {
                case IMethodSymbol method when method.MethodKind != MethodKind.AnonymousFunction && vocabulary.Matches(method.Name):
                    return (method.MethodKind == MethodKind.LocalFunction ? "local function '" : "method '") + method.Name + "'";
                case IMethodSymbol { AssociatedSymbol: { } property } when vocabulary.Matches(property.Name):
                    return "member '" + property.Name + "'";
                case INamedTypeSymbol type when vocabulary.Matches(type.Name):
                    return "type '" + type.Name + "'";
                case INamespaceSymbol { IsGlobalNamespace: false } ns when vocabulary.Matches(ns.Name):
                    return "namespace '" + ns.ToDisplayString() + "'";
                default:
                    return null;
            }
        }
    }
}
