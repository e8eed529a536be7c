using System.Collections.Immutable;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Cleaning;

public sealed class PunctuationDetectorTests
{
    private static ImmutableArray<TimedWord> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new TimedWord(w, null, null))];

    [Fact]
    public void Raw_captions_are_not_punctuated()
    {
        var raw = string.Join(' ', Enumerable.Repeat("so we went down to the reef and listened for a while", 20));

        Assert.False(PunctuationDetector.IsPunctuated(Words(raw)));
    }

    [Fact]
    public void Prose_with_sentence_marks_is_punctuated()
    {
        var prose = string.Join(' ', Enumerable.Repeat("We went down to the reef. Did you hear it? Yes!", 20));

        Assert.True(PunctuationDetector.IsPunctuated(Words(prose)));
    }

    [Fact]
    public void One_mark_per_forty_words_is_the_threshold()
    {
        var forty = string.Join(' ', Enumerable.Repeat("word", 39)) + " end.";
        var fortyOne = "word " + forty;

        Assert.True(PunctuationDetector.IsPunctuated(Words(forty)));
        Assert.False(PunctuationDetector.IsPunctuated(Words(fortyOne)));
    }

    [Fact]
    public void Decimals_and_inner_dots_are_not_sentence_marks()
    {
        Assert.False(PunctuationDetector.IsPunctuated(Words("version 3.0 costs $0.99 at example.com today")));
        Assert.False(PunctuationDetector.IsPunctuated([]));
    }

    [Fact]
    public void Closing_quotes_after_a_mark_still_count()
    {
        Assert.True(PunctuationDetector.IsPunctuated(Words("she said \"stop.\"")));
    }
}
