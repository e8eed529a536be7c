using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Prose;

public sealed class WordStreamTests
{
    [Fact]
    public void Words_of_a_timed_segment_are_spread_by_character_offset()
    {
        var segment = new TranscriptSegment("ab  cdef gh", TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(21), "Maya", 1);

        var words = WordStream.FromSegments([segment]);

        Assert.Equal<TimedWord>(
            [
                new("ab", TimeSpan.FromSeconds(10), "Maya"),
                new("cdef", TimeSpan.FromSeconds(14), "Maya"),
                new("gh", TimeSpan.FromSeconds(19), "Maya"),
            ],
            words);
    }

    [Fact]
    public void Segments_with_only_a_start_or_no_time_give_that_to_every_word()
    {
        var words = WordStream.FromSegments(
        [
            new TranscriptSegment("one two", TimeSpan.FromSeconds(5), null, null, 1),
            new TranscriptSegment(" three\tfour\n", null, null, "B", 2),
        ]);

        Assert.Equal<TimedWord>(
            [new("one", TimeSpan.FromSeconds(5), null), new("two", TimeSpan.FromSeconds(5), null), new("three", null, "B"), new("four", null, "B")],
            words);
    }

    [Fact]
    public void No_segments_no_words()
    {
        Assert.Empty(WordStream.FromSegments([]));
        Assert.Empty(WordStream.FromSegments(default));
    }
}
