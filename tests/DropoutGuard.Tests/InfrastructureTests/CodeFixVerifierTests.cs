using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.CodeFixVerifier<DropoutGuard.Tests.InfrastructureTests.BadConstructionAnalyzer, DropoutGuard.Tests.InfrastructureTests.RenameToGoodCodeFix>;

namespace DropoutGuard.Tests.InfrastructureTests;

public sealed class CodeFixVerifierTests
{
    private const string Types = """

        class BadThing { }
        class GoodThing { }
        class BetterThing { }
        class BadUnfixable { }
        """;

    [Fact]
    public Task Fix_passes_in_every_mode()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); object b = new [|BadThing|](); }" + Types,
            "class C { object a = new GoodThing(); object b = new GoodThing(); }" + Types);

    [Fact]
    public Task Fix_applies_across_documents()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new GoodThing(); }" + Types,
            new Dictionary<string, string> { ["/src/Other.cs"] = "class D { object a = new GoodThing(); }" },
            new VerifierOptions { AdditionalDocuments = { ("/src/Other.cs", "class D { object a = new [|BadThing|](); }") } });

    [Fact]
    public Task Code_action_index_selects_the_action()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new BetterThing(); }" + Types,
            codeActionIndex: 1);

    [Fact]
    public Task Equivalence_key_selects_the_action()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new BetterThing(); }" + Types,
            codeActionEquivalenceKey: RenameToGoodCodeFix.BetterKey);

    [Fact]
    public async Task Unknown_equivalence_key_fails()
        => await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new BetterThing(); }" + Types,
            codeActionEquivalenceKey: "TST001.Missing"));

    [Fact]
    public async Task Fix_output_mismatch_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new BetterThing(); }" + Types));
        Assert.Contains("- class C { object a = new BetterThing(); }", failure.Message);
        Assert.Contains("+ class C { object a = new GoodThing(); }", failure.Message);
    }

    [Fact]
    public async Task Fix_all_output_mismatch_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => CodeFixVerifier<BadConstructionAnalyzer, DivergingFixAllCodeFix>.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new GoodThing(); }" + Types));
        Assert.StartsWith("After Fix All in Document:", failure.Message);
        Assert.Contains("+ class C { object a = new BetterThing(); }", failure.Message);
    }

    [Fact]
    public async Task Markup_mismatch_fails_before_fixing()
        => await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync(
            "class C { object a = new BadThing(); }" + Types,
            "class C { object a = new GoodThing(); }" + Types));

    [Fact]
    public async Task Fix_that_never_removes_the_diagnostic_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => CodeFixVerifier<BadConstructionAnalyzer, CommentOnlyCodeFix>.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new /* checked */ BadThing(); }" + Types));
        Assert.Contains("the fix does not remove what it fixes", failure.Message);
    }

    [Fact]
    public async Task Fix_producing_code_that_does_not_compile_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync(
            "class C { object a = new [|BadOther|](); } class BadOther { }",
            "class C { object a = new GoodOther(); } class BadOther { }"));
        Assert.Contains("error CS0246", failure.Message);
    }

    [Fact]
    public async Task Provider_without_fix_all_fails()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => CodeFixVerifier<BadConstructionAnalyzer, RenameWithoutFixAllCodeFix>.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new GoodThing(); }" + Types));
        Assert.Contains("GetFixAllProvider() returns null", failure.Message);
    }

    [Fact]
    public async Task Unfixed_diagnostic_fails_by_default()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); object b = new [|BadUnfixable|](); }" + Types,
            "class C { object a = new GoodThing(); object b = new BadUnfixable(); }" + Types));
        Assert.Contains("AllowUnfixedDiagnostics", failure.Message);
    }

    [Fact]
    public Task Unfixed_diagnostic_passes_when_allowed()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadUnfixable|](); object b = new [|BadThing|](); }" + Types,
            "class C { object a = new BadUnfixable(); object b = new GoodThing(); }" + Types,
            new VerifierOptions { AllowUnfixedDiagnostics = true });

    [Fact]
    public Task No_fix_passes_when_no_action_is_offered()
        => Verify.VerifyNoFixAsync("class C { object a = new [|BadUnfixable|](); }" + Types);

    [Fact]
    public async Task No_fix_fails_when_an_action_is_offered()
    {
        var failure = await Assert.ThrowsAsync<VerifierException>(() => Verify.VerifyNoFixAsync("class C { object a = new [|BadThing|](); }" + Types));
        Assert.Contains("Construct GoodThing", failure.Message);
    }

    [Fact]
    public Task Editorconfig_reaches_the_fix_workspace()
        => Verify.VerifyAsync(
            "class C { object a = new [|BadThing|](); }" + Types,
            "class C { object a = new GoodThing(); }" + Types,
            new Dictionary<string, string>(),
            new VerifierOptions
            {
                EditorConfig = "root = true\n[Silent.cs]\ndotnet_diagnostic.TST001.severity = none\n",
                AdditionalDocuments = { ("/src/Silent.cs", "class D { object a = new BadThing(); }") },
            });
}
