using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DropoutGuard
{
    /// <summary>
    /// Whether a compilation can see TorchSharp, decided from the identities of its metadata references and its own
    /// assembly name. Nothing here binds: no reference manager, no declaration table, no symbol.
    /// </summary>
    internal static class TorchSharpReference
    {
        public const string AssemblyName = "TorchSharp";

        private static readonly char[] Separators = { '/', '\\' };

        /// <summary>
        /// True when a reference is TorchSharp (a PE file named TorchSharp, or a project whose assembly is TorchSharp), or
        /// when the compilation is TorchSharp itself.
        /// </summary>
        public static bool IsIn(Compilation compilation)
            => IsTorchSharp(compilation.AssemblyName) || ReferencesIn(compilation).Any();

        /// <summary>The metadata references that are TorchSharp.</summary>
        public static IEnumerable<MetadataReference> ReferencesIn(Compilation compilation)
        {
            // ExternalReferences, not References: the latter goes on to the #r references, which binds every reference.
            foreach (var reference in compilation.ExternalReferences)
            {
                if (IsTorchSharp(reference))
                    yield return reference;
            }
        }

        private static bool IsTorchSharp(MetadataReference reference) => reference switch
        {
            CompilationReference project => IsTorchSharp(project.Compilation.AssemblyName),
            PortableExecutableReference file => IsTorchSharp(FileNameWithoutExtension(file.FilePath ?? file.Display)),
            _ => false,
        };

        public static bool IsTorchSharp(string? assemblyName)
            => string.Equals(assemblyName, AssemblyName, StringComparison.OrdinalIgnoreCase);

        // Not Path.GetFileNameWithoutExtension: on .NET Framework hosts it throws on characters such as '<' that a
        // display like "<in-memory assembly>" contains. Either separator, since a path may come from another OS.
        private static string? FileNameWithoutExtension(string? path)
        {
            if (path is null)
                return null;
            var start = path.LastIndexOfAny(Separators) + 1;
            var end = path.LastIndexOf('.');
            return end > start ? path.Substring(start, end - start) : path.Substring(start);
        }
    }
}
