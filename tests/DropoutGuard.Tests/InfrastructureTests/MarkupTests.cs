using Microsoft.CodeAnalysis.Text;
using DropoutGuard.Tests.Infrastructure;

namespace DropoutGuard.Tests.InfrastructureTests;

public sealed class MarkupTests
{
    [Fact]
    public void Plain_and_explicit_spans_are_read()
    {
        var marked = MarkupParser.Parse("a [|bc|] {|DG0001:de|} f");
        Assert.Equal("a bc de f", marked.Source);
        Assert.Equal<MarkedSpan>([new MarkedSpan(null, new TextSpan(2, 2)), new MarkedSpan("DG0001", new TextSpan(5, 2))], marked.Spans);
    }

    [Fact]
    public void Nested_and_empty_spans_are_read()
    {
        var marked = MarkupParser.Parse("{|DG0002:x[|y|]{|DG0001:|}z|}");
        Assert.Equal("xyz", marked.Source);
        Assert.Equal<MarkedSpan>(
            [new MarkedSpan("DG0002", new TextSpan(0, 3)), new MarkedSpan(null, new TextSpan(1, 1)), new MarkedSpan("DG0001", new TextSpan(2, 0))],
            marked.Spans);
    }

    [Fact]
    public void Stray_closers_stay_text()
        => Assert.Equal("a |] b |} c", MarkupParser.Parse("a |] b |} c").Source);

    [Fact]
    public void Unclosed_marker_fails()
        => Assert.Throws<VerifierException>(() => MarkupParser.Parse("a [|b"));

    [Theory]
    [InlineData("a [|bc|] {|DG0001:de|} f")]
    [InlineData("{|DG0002:x[|y|]{|DG0001:|}z|}")]
    [InlineData("[|[|ab|]c|]")]
    [InlineData("[|a[|bc|]|]")]
    public void Writer_round_trips(string markup)
    {
        var marked = MarkupParser.Parse(markup);
        Assert.Equal(markup, MarkupWriter.Write(marked.Source, marked.Spans, defaultId: null));
    }
}
