using SiteGen.Text.Chapters;
using SiteGen.Text.Punctuation;

namespace SiteGen.Text.Tests.Chapters;

public sealed class KnownNameCountsTests
{
    private static readonly KnownNameCounts Counts = new(
    [
        new KnownName("Zorvath", 20), new KnownName("Zorvath Quill", 9), new KnownName("Zorvath Amberly", 3),
        new KnownName("Quillcoin", 400), new KnownName("Quillcoin Core", 12),
    ]);

    [Fact]
    public void A_word_that_mostly_begins_longer_names_has_a_high_start_share()
    {
        Assert.Equal(12.0 / 20, Counts.StartShare("zorvath"), 3);
        Assert.Equal(12.0 / 400, Counts.StartShare("quillcoin"), 3);
    }

    [Fact]
    public void Counts_are_of_the_word_alone_and_unknown_words_count_zero()
    {
        Assert.Equal(20, Counts.Count("zorvath"));
        Assert.Equal(0, Counts.Count("amberly"));
        Assert.Equal(0, Counts.StartShare("amberly"));
    }
}
