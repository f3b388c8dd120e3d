using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DropoutGuard.Tests.Infrastructure;

/// <summary>
/// The test's .editorconfig and build properties for compilations made without the testing library, read through
/// <see cref="AnalyzerConfigSet"/> so sections, precedence and global options behave as in the compiler.
/// </summary>
internal sealed class TestAnalyzerConfig
{
    private TestAnalyzerConfig(ImmutableArray<(string Path, string Text)> files, AnalyzerConfigSet set)
    {
        Files = files;
        OptionsProvider = new ConfigOptionsProvider(set);
        SyntaxTreeOptions = new ConfigSyntaxTreeOptionsProvider(set);
    }

    /// <summary>The config files by path, for the test workspace's analyzer config documents.</summary>
    public ImmutableArray<(string Path, string Text)> Files { get; }

    public AnalyzerConfigOptionsProvider OptionsProvider { get; }

    /// <summary>Carries dotnet_diagnostic.*.severity and generated_code into the compilation options.</summary>
    public SyntaxTreeOptionsProvider SyntaxTreeOptions { get; }

    public static TestAnalyzerConfig From(VerifierOptions options)
    {
        var files = TestProject.ConfigFiles(options);
        var set = AnalyzerConfigSet.Create(files.Select(file => AnalyzerConfig.Parse(file.Text, file.Path)).ToList(), out var problems);
        if (!problems.IsEmpty)
            throw new InvalidOperationException("The test's analyzer config is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        return new TestAnalyzerConfig(files, set);
    }

    private sealed class ConfigOptionsProvider(AnalyzerConfigSet set) : AnalyzerConfigOptionsProvider
    {
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> _byPath = new(StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

        private AnalyzerConfigOptions For(string path)
            => _byPath.GetOrAdd(path, p => new DictionaryOptions(set.GetOptionsForSourcePath(p).AnalyzerOptions));
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values = values.WithComparers(KeyComparer);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => _values.TryGetValue(key, out value);
    }

    private sealed class ConfigSyntaxTreeOptionsProvider(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
    {
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
            => For(tree).AnalyzerOptions.TryGetValue("generated_code", out var value) && bool.TryParse(value, out var generated)
                ? generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => For(tree).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);

        private AnalyzerConfigOptionsResult For(SyntaxTree tree) => _byPath.GetOrAdd(tree.FilePath, set.GetOptionsForSourcePath);
    }
}
