using System.Text.Json;
using SiteGen.Publishing;
using SiteGen.Text.Prose;

namespace SiteGen.Tests.Publishing;

public sealed class TranscriptFormatsTests
{
    private static readonly Sentence[] Sentences =
    [
        new("Welcome to the show.", TimeSpan.FromSeconds(1.5), "Ada"),
        new("Thanks for having me.", TimeSpan.FromSeconds(4), "Kip"),
        new("So, black holes?", TimeSpan.FromSeconds(6.25), "Ada"),
    ];

    [Fact]
    public void Json_follows_the_podcasting_2_transcript_format()
    {
        using JsonDocument doc = JsonDocument.Parse(TranscriptFormats.Json(Sentences, end: TimeSpan.FromSeconds(9)));

        Assert.Equal("1.0.0", doc.RootElement.GetProperty("version").GetString());
        JsonElement[] segments = [.. doc.RootElement.GetProperty("segments").EnumerateArray()];
        Assert.Equal(3, segments.Length);
        Assert.Equal("Kip", segments[1].GetProperty("speaker").GetString());
        Assert.Equal(4, segments[1].GetProperty("startTime").GetDouble());
        Assert.Equal(6.25, segments[1].GetProperty("endTime").GetDouble());
        Assert.Equal("Thanks for having me.", segments[1].GetProperty("body").GetString());
        Assert.Equal(9, segments[2].GetProperty("endTime").GetDouble());
    }

    [Fact]
    public void Untimed_sentences_have_no_times_in_json()
    {
        using JsonDocument doc = JsonDocument.Parse(TranscriptFormats.Json([new Sentence("Hello.", null, null)]));

        JsonElement segment = doc.RootElement.GetProperty("segments")[0];
        Assert.False(segment.TryGetProperty("startTime", out _));
        Assert.False(segment.TryGetProperty("speaker", out _));
        Assert.Equal("Hello.", segment.GetProperty("body").GetString());
    }

    [Fact]
    public void WebVtt_has_header_cues_and_voice_spans()
    {
        string vtt = TranscriptFormats.WebVtt(Sentences, end: TimeSpan.FromSeconds(9));
        string[] blocks = vtt.Split("\n\n");

        Assert.Equal("WEBVTT", blocks[0]);
        Assert.Equal(4, blocks.Length);
        Assert.Equal("00:00:01.500 --> 00:00:04.000\n<v Ada>Welcome to the show.", blocks[1]);
        Assert.Equal("00:00:06.250 --> 00:00:09.000\n<v Ada>So, black holes?\n", blocks[3]);
    }

    [Fact]
    public void WebVtt_escapes_markup_and_the_cue_arrow()
    {
        string vtt = TranscriptFormats.WebVtt([new Sentence("a --> b </c> & <script>", TimeSpan.Zero, "Eve <x>")]);

        string cue = vtt.Split("\n\n")[1];
        Assert.Equal(2, cue.Split("-->").Length);
        Assert.Contains("a --&gt; b &lt;/c&gt; &amp; &lt;script&gt;", cue, StringComparison.Ordinal);
        Assert.Contains("<v Eve &lt;x&gt;>", cue, StringComparison.Ordinal);
    }

    [Fact]
    public void Srt_numbers_cues_uses_comma_millis_and_labels_speaker_changes()
    {
        string srt = TranscriptFormats.Srt(Sentences, end: TimeSpan.FromSeconds(9));
        string[] blocks = srt.TrimEnd('\n').Split("\n\n");

        Assert.Equal(3, blocks.Length);
        Assert.Equal("1\n00:00:01,500 --> 00:00:04,000\nAda: Welcome to the show.", blocks[0]);
        Assert.Equal("2\n00:00:04,000 --> 00:00:06,250\nKip: Thanks for having me.", blocks[1]);
    }

    [Fact]
    public void Long_sentences_split_into_short_cues_that_share_the_time()
    {
        string words = string.Join(' ', Enumerable.Repeat("relativity", 30));
        string srt = TranscriptFormats.Srt([new Sentence(words, TimeSpan.Zero, null)], end: TimeSpan.FromSeconds(30));
        string[] blocks = srt.TrimEnd('\n').Split("\n\n");

        Assert.True(blocks.Length >= 4, srt);
        Assert.All(blocks, b => Assert.True(b.Split('\n')[2].Length <= TranscriptFormats.MaxCueChars));
        Assert.Equal(words, string.Join(' ', blocks.Select(b => b.Split('\n')[2])));
        Assert.StartsWith("00:00:00,000 --> ", blocks[0].Split('\n')[1], StringComparison.Ordinal);
        Assert.EndsWith(" --> 00:00:30,000", blocks[^1].Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Newlines_inside_a_sentence_cannot_end_a_cue()
    {
        string srt = TranscriptFormats.Srt([new Sentence("one\n\ntwo", TimeSpan.Zero, null)], end: TimeSpan.FromSeconds(2));

        Assert.Equal("1\n00:00:00,000 --> 00:00:02,000\none two\n", srt);
    }

    [Fact]
    public void Sentences_without_time_take_the_previous_time()
    {
        Sentence[] sentences = [new("First.", TimeSpan.FromSeconds(10), null), new("Second.", null, null), new("Third.", TimeSpan.FromSeconds(20), null)];

        string[] blocks = TranscriptFormats.WebVtt(sentences).Split("\n\n");

        Assert.StartsWith("00:00:10.000 --> 00:00:20.000", blocks[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_has_paragraphs_and_speaker_labels_on_change()
    {
        Paragraph[] paragraphs =
        [
            new([new Sentence("Hi there.", null, "Ada"), new Sentence("Welcome.", null, "Ada")]),
            new([new Sentence("More from Ada.", null, "Ada")]),
            new([new Sentence("Thanks.", null, "Kip")]),
        ];

        Assert.Equal("Ada: Hi there. Welcome.\n\nMore from Ada.\n\nKip: Thanks.\n", TranscriptFormats.PlainText(paragraphs));
    }

    [Fact]
    public void Feed_entries_cover_the_four_formats_with_captions_marked()
    {
        var entries = TranscriptFormats.FeedEntries("https://example.org/t/12", "en");

        Assert.Equal(
            ["https://example.org/t/12.txt|text/plain|", "https://example.org/t/12.json|application/json|",
             "https://example.org/t/12.vtt|text/vtt|captions", "https://example.org/t/12.srt|application/x-subrip|captions"],
            entries.Select(e => $"{e.Url}|{e.Type}|{e.Rel}"));
        Assert.All(entries, e => Assert.Equal("en", e.Language));
    }
}
