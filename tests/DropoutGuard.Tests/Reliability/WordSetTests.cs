using DropoutGuard.Flow;

namespace DropoutGuard.Tests.Reliability;

/// <summary>Words looked up from a stretch of text without making a string of it.</summary>
public class WordSetTests
{
    private static readonly WordSet Names = new(new[] { "policy", "_reference", "p", "apply", "named_modules", "Model" });

    [Theory]
    [InlineData("x.policy(", 2, 6, "policy")]
    [InlineData("this._reference = m;", 5, 10, "_reference")]
    [InlineData("p", 0, 1, "p")]
    [InlineData("m.named_modules()", 2, 13, "named_modules")]
    [InlineData("new Model()", 4, 5, "Model")]
    public void Finds_a_word_in_the_middle_of_text_and_hands_back_its_own_string(string text, int start, int length, string expected)
    {
        var found = Names.Find(text.ToCharArray(), start, length);

        Assert.Equal(expected, found);
        Assert.Same(Names.Find(expected.ToCharArray(), 0, expected.Length), found);
        Assert.True(Names.Contains(expected));
    }

    [Theory]
    [InlineData("policy_net", 0, 10)] // longer
    [InlineData("polic", 0, 5)]       // a prefix
    [InlineData("model", 0, 5)]       // another case
    [InlineData("q", 0, 1)]           // same length as "p"
    [InlineData("a_very_long_identifier_beyond_every_word", 0, 40)]
    public void Finds_nothing_for_words_it_does_not_hold(string text, int start, int length)
    {
        Assert.Null(Names.Find(text.ToCharArray(), start, length));
        Assert.False(Names.Contains(text.Substring(start, length)));
    }

    [Fact]
    public void Holds_every_word_of_a_large_set()
    {
        var words = Enumerable.Range(0, 500).Select(i => "field" + i).ToArray();
        var set = new WordSet(words.Concat(words)); // duplicates count once

        Assert.All(words, word => Assert.Same(word, set.Find(word.ToCharArray(), 0, word.Length)));
        Assert.Null(set.Find("field500".ToCharArray(), 0, 8));
    }

    [Fact]
    public void An_empty_set_holds_nothing()
    {
        var set = new WordSet(new[] { "" });

        Assert.False(set.Contains("p"));
        Assert.Null(set.Find("p".ToCharArray(), 0, 1));
    }
}
