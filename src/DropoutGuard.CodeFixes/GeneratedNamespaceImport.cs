using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// Decides where <c>using DropoutGuard;</c> goes for fixes that call the generated helper. Sites are taken in source
    /// order as fixing them one by one would: a site already covered by an import (existing, global, its namespace, or
    /// one added for an earlier site) needs none.
    /// </summary>
    internal sealed class GeneratedNamespaceImport
    {
        private readonly CompilationUnitSyntax _root;
        private readonly Lazy<bool> _importedGlobally;
        private readonly List<SyntaxNode> _targets = new List<SyntaxNode>();

        public GeneratedNamespaceImport(CompilationUnitSyntax root, Compilation compilation)
        {
            _root = root;
            // Global usings may sit in any file of the project, implicit usings included; only looked for when a site needs the import.
            _importedGlobally = new Lazy<bool>(() => compilation.SyntaxTrees
                .Select(tree => tree.GetRoot())
                .OfType<CompilationUnitSyntax>()
                .Any(unit => unit.Usings.Any(directive => directive.GlobalKeyword.Span.Length > 0 && UsingDirectiveOrder.IsGeneratedNamespace(directive))));
        }

        /// <summary>The compilation unit or namespace declarations that receive the directive, in document order.</summary>
        public IEnumerable<SyntaxNode> Targets => _targets.OrderBy(target => target.SpanStart);

        public void AddSite(SyntaxNode site)
        {
            var namespaces = site.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().ToList();
            if (namespaces.Any(ns => IsWithinGeneratedNamespace(ns.Name.ToString()) || ns.Usings.Any(UsingDirectiveOrder.IsGeneratedNamespace))
                || _root.Usings.Any(UsingDirectiveOrder.IsGeneratedNamespace))
            {
                return;
            }
            if (_targets.Contains(_root) || namespaces.Any(_targets.Contains) || _importedGlobally.Value)
                return;

            // Next to the file's own directives: at the top unless the file keeps them inside its namespace.
            var rootHasUsings = _root.Usings.Any(directive => directive.GlobalKeyword.Span.Length == 0);
            var target = rootHasUsings ? null : namespaces.FirstOrDefault(ns => ns.Usings.Count > 0);
            _targets.Add(target ?? (SyntaxNode)_root);
        }

        private static bool IsWithinGeneratedNamespace(string name)
            => name == GeneratedHelper.Namespace || name.StartsWith(GeneratedHelper.Namespace + ".", StringComparison.Ordinal);
    }
}
