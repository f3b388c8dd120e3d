using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DropoutGuard.Helper
{
    /// <summary>
    /// Adds the <c>DisableDropout()</c> extension method that the DropoutGuard rules and code fix recommend, shaped for the
    /// referenced TorchSharp version.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DisableDropoutGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var fromCompilation = context.CompilationProvider
                .Select(static (compilation, _) => HelperShapeReader.Read(compilation))
                .WithTrackingName(HelperTrackingNames.CompilationShape);
            var isEnabled = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => HelperSwitch.IsEnabled(options.GlobalOptions))
                .WithTrackingName(HelperTrackingNames.Switch);
            var emitsNullableDirective = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8)
                .WithTrackingName(HelperTrackingNames.NullableDirective);

            var shape = fromCompilation
                .Combine(isEnabled)
                .Combine(emitsNullableDirective)
                .Select(static (inputs, _) => inputs.Left.Right ? inputs.Left.Left?.WithNullableDirective(inputs.Right) : null)
                .WithTrackingName(HelperTrackingNames.Shape);

            context.RegisterSourceOutput(shape, static (output, helper) =>
            {
                if (helper is not null)
                    output.AddSource(HelperEmitter.HintName, SourceText.From(HelperEmitter.Emit(helper), Encoding.UTF8));
            });
        }
    }
}
