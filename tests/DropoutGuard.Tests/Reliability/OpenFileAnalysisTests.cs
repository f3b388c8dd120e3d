using System.Collections.Immutable;
using DropoutGuard.Tests.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Reliability;

/// <summary>
/// The editor's shape: the analyzers asked for one open file's semantic diagnostics only. Blocks analysed at their
/// type's end still report there, also when the type has parts in files that are not open.
/// </summary>
public class OpenFileAnalysisTests
{
    private const string Stores = "partial class Job { private readonly Gpt _policy = new Gpt(64); }";
    private const string Trains = "partial class Job { public void Run() => new DpoTrainer(_policy, _policy).Train(); }";
    private const string Quiet = "partial class Job { public void Quiet() => _policy.DisableDropout(); }";

    [Fact]
    public async Task A_model_stored_in_the_open_file_and_trained_in_another_part_is_reported_there()
        => Assert.Equal(["DG0001"], await OpenFileFindingsAsync(TestModels.With(Stores), Trains));

    [Fact]
    public async Task A_model_stored_in_the_open_file_and_disabled_in_another_part_is_not_reported()
        => Assert.Empty(await OpenFileFindingsAsync(TestModels.With(Stores + Trains), Quiet));

    [Fact]
    public async Task A_class_of_the_open_file_alone_is_reported()
        => Assert.Equal(["DG0001"], await OpenFileFindingsAsync(TestModels.With("class Job { public void Run() { var m = new Gpt(64); new DpoTrainer(m, m).Train(); } }"), "class Other { }"));

    /// <summary>DropoutGuard's diagnostic IDs in the open file (the first), as a host asks for them while it is edited.</summary>
    private static async Task<string[]> OpenFileFindingsAsync(string openFile, string otherFile)
    {
        var open = ReliabilityCompilation.Parse(openFile, "/src/Open.cs");
        var compilation = ReliabilityCompilation.Create([open, ReliabilityCompilation.Parse(TestModels.Usings + otherFile, "/src/Other.cs")], "OpenFile");
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var withAnalyzers = compilation.WithAnalyzers(ShippedComponents.Analyzers(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(open), null, CancellationToken.None);
        return diagnostics.Where(d => d.Id.StartsWith("DG", StringComparison.Ordinal)).Select(d => d.Id).ToArray();
    }
}
