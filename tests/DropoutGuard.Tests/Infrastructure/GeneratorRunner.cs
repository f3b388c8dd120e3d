namespace DropoutGuard.Tests.Infrastructure;

/// <summary>Runs the DropoutGuard generator over a test project (source taken as is) and returns its raw output; nothing is asserted.</summary>
public static class GeneratorRunner
{
    public static GeneratedOutput Run(string source, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        var config = TestAnalyzerConfig.From(options);
        var compilation = TestProject.Compile([(options.FilePath, source)], options, config);
        var run = GeneratorRun.Execute(compilation, TestProject.ParseOptions(options), config);
        var sources = run.Result.Results
            .SelectMany(result => result.GeneratedSources)
            .ToDictionary(generated => generated.HintName, generated => generated.SourceText.ToString(), StringComparer.Ordinal);
        return new GeneratedOutput(sources, run.Diagnostics, run.Output.GetDiagnostics(), run.Output);
    }
}
