using DropoutGuard.Helper;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.CodeFixes
{
    /// <summary>Facts about the <c>DropoutGuard.DropoutExtensions.DisableDropout&lt;T&gt;()</c> extension the package generates.</summary>
    internal static class GeneratedHelper
    {
        public const string Namespace = "DropoutGuard";
        public const string MethodName = "DisableDropout";
        private const string ClassMetadataName = Namespace + ".DropoutExtensions";

        /// <summary>
        /// The generator runs unless the build turns it off; a workspace that shows generator output, or a reference, may
        /// already hold the class.
        /// </summary>
        public static bool IsAvailable(Project project, Compilation compilation)
            => HelperSwitch.IsEnabled(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions)
                || compilation.GetTypeByMetadataName(ClassMetadataName) is not null;

        public static bool IsGenerated(IMethodSymbol method)
        {
            var type = (method.ReducedFrom ?? method).ContainingType;
            return type is { Name: "DropoutExtensions", ContainingType: null }
                && type.ContainingNamespace is { Name: Namespace } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };
        }
    }
}
