using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>The DropoutGuard generator run over a compilation as a build runs it: same parse options, same analyzer config.</summary>
internal sealed record GeneratorRun(Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> Diagnostics)
{
    public static GeneratorRun Execute(Compilation compilation, CSharpParseOptions parseOptions, TestAnalyzerConfig config)
    {
        var driver = CSharpGeneratorDriver.Create([DropoutGuardAnalyzers.Generator()], [], parseOptions, config.OptionsProvider)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>Generator exceptions and error diagnostics, each as a readable line.</summary>
    public IEnumerable<string> Failures()
        => Result.Results
            .Where(result => result.Exception is not null)
            .Select(result => $"Generator {result.Generator.GetGeneratorType().FullName} threw {result.Exception}")
            .Concat(Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()));
}
