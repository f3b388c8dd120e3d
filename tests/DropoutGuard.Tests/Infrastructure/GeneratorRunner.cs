namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Runs the DropoutGuard generators over a test project and returns their raw output; nothing is asserted.</summary>
public static class GeneratorRunner
{
    /// <summary>Markup in the sources is removed and ignored; <see cref="VerifierOptions.RunGenerators"/> does not apply.</summary>
    public static GeneratedOutput Run(string source, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        var config = TestAnalyzerConfig.From(options);
        var compilation = TestProject.Compile(TestDocument.FromMarkup(source, options), options, config);
        var run = GeneratorRun.Execute(compilation, TestProject.ParseOptions(options), config);
        var sources = run.Result.Results
            .SelectMany(result => result.GeneratedSources)
            .ToDictionary(generated => generated.HintName, generated => generated.SourceText.ToString(), StringComparer.Ordinal);
        return new GeneratedOutput(sources, run.Diagnostics, run.Output.GetDiagnostics(), run.Output);
    }
}
