using DropoutGuard.Helper;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// Verifies the DisableDropout generator with the standard testing library (<see cref="CSharpSourceGeneratorTest{TSourceGenerator, TVerifier}"/>):
/// exactly the expected files are generated, with exactly the expected text, and the project then compiles without errors.
/// </summary>
public static class GeneratorVerifier
{
    /// <param name="generated">Expected generated files by hint name; empty when nothing may be generated.</param>
    public static Task VerifyAsync(string source, IReadOnlyDictionary<string, string> generated, VerifierOptions? options = null)
    {
        options ??= new VerifierOptions();
        var test = new Test(options) { ReferenceAssemblies = TestProject.NoPackage };
        test.TestState.OutputKind = options.OutputKind;
        TestProject.Fill(test.TestState, TestProject.Documents(source, options), options);
        foreach (var (hintName, text) in generated)
            test.TestState.GeneratedSources.Add((typeof(DisableDropoutGenerator), hintName, TestProject.Text(text)));
        return test.RunAsync();
    }

    private sealed class Test(VerifierOptions options) : CSharpSourceGeneratorTest<DisableDropoutGenerator, DefaultVerifier>
    {
        protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions(options);

        protected override CompilationOptions CreateCompilationOptions() => TestProject.CompilationOptions(options);

        protected override string DefaultTestProjectName => options.AssemblyName;
    }
}
