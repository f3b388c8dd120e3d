using System.Collections.Immutable;
using DropoutGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Accuracy;

/// <summary>
/// Runs one corpus program: DG0001 exactly as marked (and any rule the markup names), then every other DropoutGuard rule
/// over the same code, which must report nothing the markup does not name.
/// </summary>
internal static class Corpus
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using DropoutGuard;
        using TorchSharp;
        using TorchSharp.Modules;
        using TorchSharp.PyBridge;
        using Corpus.Models;
        using Corpus.Training;
        using static TorchSharp.torch;

        """;

    public static async Task VerifyAsync(string program, VerifierOptions? options = null)
    {
        var markup = Usings + program + CorpusModels.Source;
        await Verify.VerifyAsync(markup, options);

        TestFileMarkupParser.GetSpans(markup, out var source, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
        var named = spans.Keys.Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal);
        var all = await Verify.GetDiagnosticsAsync(source, options);
        var unexpected = all.Where(diagnostic => diagnostic.Id != "DG0001" && !named.Contains(diagnostic.Id)).Select(diagnostic => diagnostic.ToString());
        Assert.Empty(unexpected);
    }
}
