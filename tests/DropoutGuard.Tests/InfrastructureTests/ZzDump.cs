using Xunit;
using DropoutGuard.Tests.Infrastructure;
namespace DropoutGuard.Tests.InfrastructureTests;
public sealed class ZzDump
{
    const string Types = "\nclass BadThing { }\nclass GoodThing { }\nclass BetterThing { }\n";
    [Fact]
    public async Task Dump()
    {
        var messages = new List<string>();
        async Task Add(Func<Task> f) { try { await f(); messages.Add("NO FAILURE"); } catch (Exception e) { messages.Add(e.GetType().Name + ": " + e.Message); } }
        await Add(() => AnalyzerVerifier<BadConstructionAnalyzer>.VerifyAsync("class C {\n    object a = new BadThing();\n    object b = new [|GoodThing|]();\n}" + Types, new VerifierOptions { AdditionalDocuments = { ("/src/B.cs", "class D { object a = new BadThing(); }") } }));
        await Add(() => AnalyzerVerifier<ThrowingAnalyzer>.VerifyAsync("class C { }"));
        await Add(() => CodeFixVerifier<BadConstructionAnalyzer, RenameToGoodCodeFix>.VerifyAsync("class C { object a = new [|BadThing|](); }" + Types, "class C { object a = new BetterThing(); }" + Types));
        await Add(() => CodeFixVerifier<BadConstructionAnalyzer, CommentOnlyCodeFix>.VerifyAsync("class C { object a = new [|BadThing|](); }" + Types, "x"));
        await Add(() => CodeFixVerifier<BadConstructionAnalyzer, RenameToGoodCodeFix>.VerifyAsync("class C { object a = new [|BadOther|](); } class BadOther { }", "class C { object a = new GoodOther(); } class BadOther { }"));
        File.WriteAllText("/tmp/dump.txt", string.Join("\n\n=========\n\n", messages));
    }
}
