using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DropoutGuard.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.CodeFixes
{
    /// <summary>What every fix in one document needs, read once per document (also once per document in Fix All).</summary>
    internal sealed class DocumentFixContext
    {
        private readonly TorchSharpTypes _types;

        private DocumentFixContext(
            Document document,
            CompilationUnitSyntax root,
            SemanticModel model,
            TorchSharpTypes types,
            ImmutableArray<string> disableMethodNames,
            DisableHelperLookup helpers,
            TextConventions conventions)
        {
            Document = document;
            Root = root;
            Model = model;
            _types = types;
            DisableMethodNames = disableMethodNames;
            Helpers = helpers;
            Conventions = conventions;
        }

        public Document Document { get; }
        public CompilationUnitSyntax Root { get; }
        public SemanticModel Model { get; }

        /// <summary>The method names the analyzers accept as disabling dropout (dropout_guard.disable_methods).</summary>
        public ImmutableArray<string> DisableMethodNames { get; }

        public DisableHelperLookup Helpers { get; }
        public TextConventions Conventions { get; }

        /// <summary>Null when the document is not C# or the project does not reference TorchSharp.</summary>
        public static async Task<DocumentFixContext?> CreateAsync(Document document, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
                || TorchSharpTypes.TryCreate(model.Compilation) is not { } types)
            {
                return null;
            }
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var options = new OptionsReader(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider).For(root.SyntaxTree);
            var names = DropoutGuardOptions.DefaultDisableMethods.Where(options.DisableMethods.Contains)
                .Concat(options.DisableMethods.Except(DropoutGuardOptions.DefaultDisableMethods).OrderBy(name => name, System.StringComparer.Ordinal))
                .ToImmutableArray();
            var helpers = new DisableHelperLookup(model, names, GeneratedHelper.IsAvailable(document.Project, model.Compilation));
            return new DocumentFixContext(document, root, model, types, names, helpers, TextConventions.Read(document, text, root.SyntaxTree));
        }

        public bool IsModule(ITypeSymbol? type) => type is not null && _types.IsModule(type);
    }
}
