using Microsoft.CodeAnalysis;
using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.InfrastructureTests;

public sealed class GeneratorRunnerTests
{
    [Fact]
    public void Generated_sources_compile_with_the_test_code()
    {
        var output = GeneratorRunner.Run("class C { }");

        Assert.DoesNotContain(output.GeneratorDiagnostics, diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);
        Assert.DoesNotContain(output.CompilationDiagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(output.Sources.Count + 1, output.Compilation.SyntaxTrees.Count());
    }
}
