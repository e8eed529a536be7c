using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

public sealed class WordAlignmentTests
{
    [Fact]
    public void Aligns_matching_words_and_spans_the_differences()
    {
        string[] raw = ["we", "met", "uh", "jon", "smiht", "today"];
        string[] clean = ["we", "met", "john", "smith", "today"];

        var alignment = WordAlignment.Align(raw, clean);

        Assert.True(alignment.IsSecondMatched(0));
        Assert.False(alignment.IsSecondMatched(2));
        Assert.True(alignment.IsSecondMatched(4));
        Assert.Equal((2, 5), alignment.FirstSpan(2, 4));
        Assert.Equal((2, 4), alignment.SecondSpan(3, 5));
    }

    [Fact]
    public void Handles_empty_sequences()
    {
        var alignment = WordAlignment.Align([], ["a", "b"]);

        Assert.False(alignment.IsSecondMatched(1));
        Assert.Equal((0, 0), alignment.FirstSpan(0, 2));
    }
}
