using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The DropoutGuard generators as an analyzer reference, so the test workspace generates sources itself, as the IDE and
/// dotnet format do: code fixes then see generated code in their semantic models. Analyzers run separately.
/// </summary>
internal sealed class DropoutGuardGeneratorReference : AnalyzerReference
{
    private readonly Lazy<ImmutableArray<ISourceGenerator>> _generators = new(DropoutGuardComponents.Generators);

    public override string FullPath => DropoutGuardComponents.AssemblyName + ".dll";

    public override string Display => DropoutGuardComponents.AssemblyName;

    public override object Id => this;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language)
        => language == LanguageNames.CSharp ? _generators.Value : [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators.Value;
}
