using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Verifies an analyzer against markup with the standard testing library (<see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/>),
/// after the DropoutGuard generator ran, as in a build. Other DropoutGuard analyzers run too when the markup names their IDs.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// The diagnostics must be exactly those the markup marks; <paramref name="expectedMessages"/>, when given, holds one
    /// exact message per marked span, in order of appearance (main document first).
    /// </summary>
    public static Task VerifyAsync(string markup, VerifierOptions? options = null, params string[] expectedMessages)
    {
        var setup = TestSetup.Create(new TAnalyzer(), markup, options, expectedMessages);
        var test = new Test(setup);
        setup.Apply(test);
        return test.RunAsync();
    }

    /// <summary>
    /// Every diagnostic of every DropoutGuard analyzer, sorted by file and position, for code the library cannot verify
    /// (half-typed code in a typing simulation). Fails on analyzer or generator exceptions and, unless allowed, compiler errors.
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(string source, VerifierOptions? options = null)
        => DirectAnalysis.RunAsync(source, options ?? new VerifierOptions());

    private sealed class Test(TestSetup setup) : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => setup.Analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => setup.Generators;

        protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions(setup.Options);

        protected override CompilationOptions CreateCompilationOptions() => TestProject.CompilationOptions(setup.Options);

        protected override string DefaultTestProjectName => setup.Options.AssemblyName;
    }
}
