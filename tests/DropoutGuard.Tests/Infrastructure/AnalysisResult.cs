using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>What one run of the generators and analyzers over a test compilation produced.</summary>
/// <param name="Compilation">The analysed compilation, generated trees included.</param>
/// <param name="Generators">Null when no generator ran here (turned off, or run by the test workspace).</param>
/// <param name="AnalyzerDiagnostics">Every analyzer's diagnostics, of every ID.</param>
/// <param name="AnalyzerFailures">Analyzer exceptions (and AD0001 reports), each as a readable entry.</param>
internal sealed record AnalysisResult(
    Compilation Compilation,
    GeneratorRun? Generators,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableArray<string> AnalyzerFailures)
{
    /// <summary>Throws unless the analyzers and generators ran cleanly and, unless allowed, the code compiles.</summary>
    public void ThrowOnFailures(bool allowCompilerErrors, string context)
    {
        var problems = Problems(allowCompilerErrors);
        if (problems.Count > 0)
            throw new VerifierException(context + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>Analyzer and generator failures and, unless allowed, compiler errors; one readable entry per kind.</summary>
    public List<string> Problems(bool allowCompilerErrors)
    {
        var problems = new List<string>();
        if (!AnalyzerFailures.IsEmpty)
            problems.Add("Analyzers failed:" + DiagnosticText.AsList(AnalyzerFailures));

        var generatorFailures = Generators?.Failures().ToList() ?? [];
        if (generatorFailures.Count > 0)
            problems.Add("Generators failed:" + DiagnosticText.AsList(generatorFailures));

        if (!allowCompilerErrors)
        {
            var errors = Compilation.GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .Select(DiagnosticText.Describe)
                .ToList();
            if (errors.Count > 0)
                problems.Add("The code does not compile (set AllowCompilerErrors for tests of incomplete code):" + DiagnosticText.AsList(errors));
        }
        return problems;
    }
}
