using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace DropoutGuard.CodeFixes
{
    /// <summary>
    /// The edits of any number of fixes in one document, applied in a single rewrite so that fixing one diagnostic and
    /// fixing all of them go through the same code: node replacements (innermost first), statements inserted after
    /// anchors (grouped per anchor, in the order added), and the <c>using DropoutGuard;</c> directives they need.
    /// </summary>
    internal sealed class DocumentEdits
    {
        private readonly DocumentFixContext _context;
        private readonly List<(SyntaxNode Node, Func<SyntaxNode, SyntaxNode> Replace)> _replacements = new List<(SyntaxNode, Func<SyntaxNode, SyntaxNode>)>();
        private readonly List<StatementSyntax> _anchors = new List<StatementSyntax>();
        private readonly Dictionary<StatementSyntax, List<StatementSyntax>> _insertions = new Dictionary<StatementSyntax, List<StatementSyntax>>();
        private readonly GeneratedNamespaceImport _import;

        public DocumentEdits(DocumentFixContext context)
        {
            _context = context;
            _import = new GeneratedNamespaceImport(context.Root, context.Model.Compilation);
        }

        public bool IsEmpty => _replacements.Count == 0 && _anchors.Count == 0;

        public void Replace(SyntaxNode node, Func<SyntaxNode, SyntaxNode> replace) => _replacements.Add((node, replace));

        /// <param name="statement">Without trivia: it is laid out like the anchor.</param>
        public void InsertAfter(StatementSyntax anchor, StatementSyntax statement)
        {
            if (!_insertions.TryGetValue(anchor, out var statements))
            {
                statements = new List<StatementSyntax>();
                _insertions.Add(anchor, statements);
                _anchors.Add(anchor);
            }
            statements.Add(statement);
        }

        /// <summary>The call at <paramref name="site"/> uses the generated helper; add sites in source order.</summary>
        public void ImportGeneratedNamespaceFor(SyntaxNode site) => _import.AddSite(site);

        public Document Apply()
        {
            var editor = new SyntaxEditor(_context.Root, _context.Document.Project.Solution.Services);
            foreach (var (node, replace) in _replacements.OrderByDescending(edit => edit.Node.SpanStart).ThenBy(edit => edit.Node.Span.Length))
                editor.ReplaceNode(node, (current, _) => replace(current));
            foreach (var anchor in _anchors)
                StatementInserter.InsertAfter(editor, anchor, _insertions[anchor], _context.Conventions);
            var root = AddImports(editor.GetChangedRoot());
            return _context.Document.WithSyntaxRoot(root);
        }

        // Namespace declarations keep their document order through the edits, so targets are found again by index.
        private SyntaxNode AddImports(SyntaxNode root)
        {
            var originalNamespaces = Namespaces(_context.Root);
            foreach (var target in _import.Targets.Reverse())
            {
                if (target is BaseNamespaceDeclarationSyntax ns)
                {
                    var current = Namespaces(root)[originalNamespaces.IndexOf(ns)];
                    root = root.ReplaceNode(current, ImportWriter.AddTo(current, _context.Conventions));
                }
                else
                {
                    root = ImportWriter.AddTo(root, _context.Conventions);
                }
            }
            return root;
        }

        private static List<BaseNamespaceDeclarationSyntax> Namespaces(SyntaxNode root)
            => root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<BaseNamespaceDeclarationSyntax>()
                .ToList();
    }
}
