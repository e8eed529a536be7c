using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Transcripts;

/// <summary>The site's own inputs (input/) read as the formats they are written in.</summary>
public sealed class SampleInputTests
{
    private static Transcript ReadInput(string name) =>
        TranscriptReader.Read(name, File.ReadAllText(Path.Combine(RepositoryFiles.RootDirectory, "input", name)));

    [Fact]
    public void Sample_episode_is_a_raw_caption_dump()
    {
        var t = ReadInput("sample-episode.txt");
        var words = WordStream.FromSegments(t.Segments);

        Assert.Equal(TranscriptFormat.CaptionDump, t.Format);
        Assert.Equal("Lq7vR2kTz0A", t.Metadata.VideoId);
        Assert.Equal<string>(["Tobias Lindqvist"], t.Metadata.Guests);
        Assert.Equal("The Long Signal Podcast", t.Metadata.PodcastName);
        Assert.Equal(12, t.Metadata.EpisodeNumber);
        Assert.InRange(words.Length, 1_500, 2_500);
        Assert.False(PunctuationDetector.IsPunctuated(words));
        Assert.All(words, w => Assert.Equal(w.Text.ToLowerInvariant(), w.Text));
        Assert.DoesNotContain(words, w => w.Text.Contains("captions", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Text is "um" or "uh");
    }

    [Fact]
    public void Another_episode_is_punctuated_markdown_with_speakers()
    {
        var t = ReadInput("another-episode.md");
        var words = TranscriptCleaner.Clean(WordStream.FromSegments(t.Segments));
        var paragraphs = Paragrapher.Group(SentenceSplitter.Split(words));

        Assert.Equal(TranscriptFormat.Markdown, t.Format);
        Assert.Equal<string>(["Helena Marsh"], t.Metadata.Guests);
        Assert.NotNull(t.Metadata.Date);
        Assert.Equal(["Helena Marsh", "Maya Brennan"], t.Segments.Select(s => s.Speaker!).Distinct().Order(StringComparer.Ordinal));
        Assert.True(t.IsTimed);
        Assert.True(PunctuationDetector.IsPunctuated(words));
        Assert.InRange(words.Length, 600, 1_200);
        Assert.All(paragraphs, p => Assert.InRange(p.Text.Split(' ').Length, 1, 160));
    }
}
