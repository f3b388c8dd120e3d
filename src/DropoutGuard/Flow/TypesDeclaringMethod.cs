using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Flow
{
    /// <summary>
    /// Per syntax tree, from declarations alone (no binding): the class, struct and record declarations by the names of
    /// the methods they declare, explicit interface implementations included. Kept per tree, so a new compilation (every
    /// keystroke in an IDE) re-reads only the trees that changed.
    /// </summary>
    internal static class TypesDeclaringMethod
    {
        private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, ImmutableArray<TypeDeclarationSyntax>>> s_byTree =
            new ConditionalWeakTable<SyntaxTree, Dictionary<string, ImmutableArray<TypeDeclarationSyntax>>>();

        public static ImmutableArray<TypeDeclarationSyntax> In(SyntaxTree tree, string methodName)
            => s_byTree.GetValue(tree, Read).TryGetValue(methodName, out var types) ? types : ImmutableArray<TypeDeclarationSyntax>.Empty;

        private static Dictionary<string, ImmutableArray<TypeDeclarationSyntax>> Read(SyntaxTree tree)
        {
            var builders = new Dictionary<string, ImmutableArray<TypeDeclarationSyntax>.Builder>();
            var pending = new Stack<SyntaxNode>();
            pending.Push(tree.GetRoot());
            while (pending.Count > 0)
            {
                var container = pending.Pop();
                var members = container switch
                {
                    CompilationUnitSyntax unit => unit.Members,
                    BaseNamespaceDeclarationSyntax ns => ns.Members,
                    TypeDeclarationSyntax type => type.Members,
                    _ => default,
                };
                foreach (var member in members)
                {
                    if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                        pending.Push(member);
                    if (member is MethodDeclarationSyntax method && container is TypeDeclarationSyntax declaring and not InterfaceDeclarationSyntax)
                        Add(builders, method.Identifier.ValueText, declaring);
                }
            }
            var index = new Dictionary<string, ImmutableArray<TypeDeclarationSyntax>>(builders.Count);
            foreach (var pair in builders)
                index[pair.Key] = pair.Value.ToImmutable();
            return index;
        }

        private static void Add(Dictionary<string, ImmutableArray<TypeDeclarationSyntax>.Builder> builders, string name, TypeDeclarationSyntax type)
        {
            if (!builders.TryGetValue(name, out var types))
                builders[name] = types = ImmutableArray.CreateBuilder<TypeDeclarationSyntax>();
            if (types.Count == 0 || types[types.Count - 1] != type)
                types.Add(type);
        }
    }
}
