using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DropoutGuard.Tests.Generator;

public class ScratchDump
{
    [Fact]
    public void Dump()
    {
        foreach (var (name, options) in new[] {
            ("current", new VerifierOptions()),
            ("legacy", new VerifierOptions { TorchSharp = TorchSharpFlavor.Legacy }),
            ("cs73", new VerifierOptions { LanguageVersion = LanguageVersion.CSharp7_3 }) })
        {
            var output = GeneratorRunner.Run("", options);
            File.WriteAllText($"/tmp/dump-{name}.cs", string.Join("\n=====\n", output.Sources.Select(s => s.Key + "\n" + s.Value)));
            File.WriteAllText($"/tmp/dump-{name}.diag", string.Join("\n", output.GeneratorDiagnostics.Concat(output.CompilationDiagnostics)));
        }
    }
}
