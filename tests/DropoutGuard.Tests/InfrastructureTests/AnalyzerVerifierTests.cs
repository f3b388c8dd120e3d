using Microsoft.CodeAnalysis;
using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Tests.InfrastructureTests.BadConstructionAnalyzer>;

namespace DropoutGuard.Tests.InfrastructureTests;

public sealed class AnalyzerVerifierTests
{
    private const string Types = """

        class BadThing { }
        class GoodThing { }
        class WorseThing { }
        """;

    [Fact]
    public Task Marked_diagnostics_pass()
        => Verify.VerifyAsync("""
            class C
            {
                object a = new [|BadThing|]();
                object b = new {|TST001:BadThing|}();
                object c = new GoodThing();
            }
            """ + Types);

    [Fact]
    public Task Code_without_diagnostics_passes_without_markup()
        => Verify.VerifyAsync("class C { object a = new GoodThing(); }" + Types);

    [Fact]
    public async Task Missing_diagnostic_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = new [|GoodThing|](); }" + Types));
        Assert.Contains("Expected but not reported", failure.Message);
        Assert.Contains("/src/Test0.cs(1,26-1,35): TST001", failure.Message);
    }

    [Fact]
    public async Task Unexpected_diagnostic_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = new BadThing(); }" + Types));
        Assert.Contains("Reported but not expected", failure.Message);
        Assert.Contains("warning TST001: 'BadThing' is constructed", failure.Message);
        Assert.Contains("class C { object a = new [|BadThing|](); }", failure.Message);
    }

    [Fact]
    public async Task Wrong_span_fails()
        => await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = [|new BadThing()|]; }" + Types));

    [Fact]
    public async Task Wrong_id_fails()
        => await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = new {|TST009:BadThing|}(); }" + Types));

    [Fact]
    public Task Right_message_passes()
        => Verify.VerifyAsync("class C { object a = new [|BadThing|](); }" + Types, null, "'BadThing' is constructed");

    [Fact]
    public async Task Wrong_message_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = new [|BadThing|](); }" + Types, null, "'GoodThing' is constructed"));
        Assert.Contains("actual message:   \"'BadThing' is constructed\"", failure.Message);
    }

    [Fact]
    public async Task Message_count_must_match_marked_spans()
        => await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = new [|BadThing|](); }" + Types, null, "one", "two"));

    [Fact]
    public async Task Wrong_severity_fails()
        => await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types, null, [new ExpectedDiagnostic { Severity = DiagnosticSeverity.Error }]));

    [Fact]
    public Task Editorconfig_severity_applies()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndotnet_diagnostic.TST001.severity = error\n" },
            [new ExpectedDiagnostic { Severity = DiagnosticSeverity.Error }]);

    [Fact]
    public Task Editorconfig_sections_match_by_document_path()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); object b = new WorseThing(); }" + Types,
            new VerifierOptions
            {
                EditorConfig = "root = true\n[Other.cs]\ntst001.prefix = Worse\n[Silent.cs]\ndotnet_diagnostic.TST001.severity = none\n",
                AdditionalDocuments =
                {
                    ("/src/Other.cs", "class D { object a = new BadThing(); object b = new [|WorseThing|](); }"),
                    ("/src/Silent.cs", "class E { object a = new BadThing(); }"),
                },
            });

    [Fact]
    public Task Global_options_reach_analyzers()
        => Verify.VerifyAsync(
            "class C { object a = new BadThing(); object b = new [|WorseThing|](); }" + Types,
            new VerifierOptions { GlobalOptions = { [BadConstructionAnalyzer.GlobalPrefixKey] = "Worse" } });

    [Fact]
    public Task Markup_in_additional_documents_is_verified()
        => Verify.VerifyAsync(
            "class C { }" + Types,
            new VerifierOptions { AdditionalDocuments = { ("/src/Other.cs", "class D { object a = new [|BadThing|](); }") } },
            "'BadThing' is constructed");

    [Fact]
    public async Task Compiler_error_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync("class C { object a = new [|BadThing|](); int b = \"text\"; }" + Types));
        Assert.Contains("/src/Test0.cs(1,46-1,52): error CS0029", failure.Message);
    }

    [Fact]
    public Task Compiler_error_passes_when_allowed()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); int b = \"text\"; }" + Types,
            new VerifierOptions { AllowCompilerErrors = true });

    [Fact]
    public async Task Analyzer_exception_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => AnalyzerVerifier<ThrowingAnalyzer>.VerifyAsync("class C { }"));
        Assert.Contains(ThrowingAnalyzer.Message, failure.Message);
    }

    [Fact]
    public Task Unlocated_diagnostic_passes_when_expected()
        => AnalyzerVerifier<CompilationSummaryAnalyzer>.VerifyAsync(
            "class C { }",
            new VerifierOptions { UnlocatedDiagnostics = { (CompilationSummaryAnalyzer.Id, "Compilation TestProject analysed") } });

    [Fact]
    public async Task Unlocated_diagnostic_fails_when_not_expected()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => AnalyzerVerifier<CompilationSummaryAnalyzer>.VerifyAsync("class C { }"));
        Assert.Contains("(no location): info TST003: Compilation TestProject analysed", failure.Message);
    }

    [Fact]
    public Task Top_level_statements_compile_as_a_console_application()
        => Verify.VerifyAsync(
            "var a = new [|BadThing|]();" + Types,
            new VerifierOptions { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public async Task Raw_diagnostics_are_returned_in_document_order()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync(
            "class C { object a = new BadThing(); }" + Types,
            new VerifierOptions { AdditionalDocuments = { ("/src/A.cs", "class D { object a = new BadThing(); }") } });
        Assert.Equal(["/src/Test0.cs", "/src/A.cs"], diagnostics.Select(diagnostic => diagnostic.Location.SourceTree!.FilePath));
    }
}
