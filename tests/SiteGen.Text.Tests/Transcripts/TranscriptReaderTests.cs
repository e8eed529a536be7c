using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Transcripts;

public sealed class TranscriptReaderTests
{
    private static Transcript ReadSpec(string name) => TranscriptReader.Read(name, RepositoryFiles.ReadSpec("Transcripts", name));

    [Fact]
    public void WebVtt_reads_voices_ids_settings_and_skips_note_style_region()
    {
        var t = ReadSpec("interview.vtt");

        Assert.Equal(TranscriptFormat.WebVtt, t.Format);
        Assert.Equal("en", t.Metadata.Language);
        Assert.Equal(4, t.Segments.Length);
        Assert.Equal(new TranscriptSegment("Welcome back to the show.", TimeSpan.Zero, TimeSpan.FromSeconds(3.5), "Maya Brennan", 14), t.Segments[0]);
        Assert.Equal("Today we talk about reef sound & why fish <listen>.", t.Segments[1].Text);
        Assert.Equal("Maya Brennan", t.Segments[1].Speaker);
        Assert.Equal(TimeSpan.FromSeconds(67.25), t.Segments[2].Start);
        Assert.Equal("Thanks for having me. It's good to be here.", t.Segments[2].Text);
        Assert.Equal("Tomas Reyes", t.Segments[2].Speaker);
        Assert.Equal("No voice tag on this one.", t.Segments[3].Text);
        Assert.Null(t.Segments[3].Speaker);
        Assert.True(t.IsTimed);
    }

    [Fact]
    public void WebVtt_accepts_minute_and_hour_cue_times()
    {
        var t = ReadSpec("whisper.vtt");

        Assert.Equal(3, t.Segments.Length);
        Assert.Equal("Welcome to the show, where we talk about how compilers think.", t.Segments[0].Text);
        Assert.Equal(TimeSpan.FromSeconds(4.2), t.Segments[1].Start);
        Assert.Equal(new TimeSpan(0, 1, 2, 8, 680), t.Segments[2].End);
    }

    [Fact]
    public void WebVtt_youtube_rolling_captions_are_deduplicated_and_karaoke_tags_removed()
    {
        var t = ReadSpec("youtube-rolling.vtt");

        var text = string.Join(' ', t.Segments.Select(s => s.Text));
        Assert.Equal("so today we're going to talk about coral reefs and how they sound", text);
        Assert.Equal(TimeSpan.FromMilliseconds(2760), t.Segments[1].Start);
    }

    [Fact]
    public void WebVtt_words_repeated_across_ordinary_cues_are_speech_and_stay()
    {
        var t = TranscriptReader.Read("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n Would you say so?\n\n00:02.000 --> 00:04.000\n Would you say that again?\n");

        Assert.Equal(["Would you say so?", "Would you say that again?"], t.Segments.Select(s => s.Text));
    }

    [Fact]
    public void WebVtt_rolling_lines_without_karaoke_tags_are_deduplicated()
    {
        const string vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nthe reef was\nquiet that night\n\n00:02.000 --> 00:03.000\nquiet that night\nand the divers\n\n00:03.000 --> 00:04.000\nand the divers\nwent home\n";

        var t = TranscriptReader.Read("a.vtt", vtt);

        Assert.Equal(["the reef was quiet that night", "and the divers", "went home"], t.Segments.Select(s => s.Text));
    }

    [Fact]
    public void A_cue_that_ends_before_it_starts_keeps_its_start()
    {
        var t = TranscriptReader.Read("a.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards.\n");

        Assert.Equal(new TranscriptSegment("Backwards.", TimeSpan.FromSeconds(5), null, null, 3), Assert.Single(t.Segments));
    }

    [Fact]
    public void Srt_reads_multiline_cues_and_speaker_prefixes()
    {
        var t = ReadSpec("interview.srt");

        Assert.Equal(TranscriptFormat.Srt, t.Format);
        Assert.Equal(3, t.Segments.Length);
        Assert.Equal(new TranscriptSegment("Welcome back to The Long Signal.", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), "Maya", 1), t.Segments[0]);
        Assert.Equal("Thanks for having me. It's good to be here.", t.Segments[1].Text);
        Assert.Equal("Tomas", t.Segments[1].Speaker);
        Assert.Equal("And we're rolling.", t.Segments[2].Text);
        Assert.Null(t.Segments[2].Speaker);
    }

    [Fact]
    public void Whisper_json_reads_segments_language_and_optional_speaker()
    {
        var t = ReadSpec("whisper.json");

        Assert.Equal(TranscriptFormat.WhisperJson, t.Format);
        Assert.Equal("en", t.Metadata.Language);
        Assert.Equal(2, t.Segments.Length);
        Assert.Equal(new TranscriptSegment("Welcome to the show.", TimeSpan.Zero, TimeSpan.FromSeconds(2.5), null, 4), t.Segments[0]);
        Assert.Equal("SPEAKER_01", t.Segments[1].Speaker);
        Assert.Equal(16, t.Segments[1].Line);
    }

    [Fact]
    public void Whisper_json_without_segments_uses_the_text()
    {
        var t = TranscriptReader.Read("a.json", """{"text": " Just text here. ", "language": "en"}""");

        Assert.Equal("Just text here.", Assert.Single(t.Segments).Text);
        Assert.False(t.IsTimed);
    }

    [Fact]
    public void Markdown_reads_front_matter_labels_and_skips_structure()
    {
        var t = ReadSpec("front-matter.md");

        Assert.Equal(TranscriptFormat.Markdown, t.Format);
        var m = t.Metadata;
        Assert.Equal("Ada Okafor & Lin Wei: Register Allocation | The Long Signal Podcast #7", m.Title);
        Assert.Equal("Register Allocation", m.Topic);
        Assert.Equal("The Long Signal Podcast", m.PodcastName);
        Assert.Equal(7, m.EpisodeNumber);
        Assert.Equal(new DateOnly(2025, 3, 14), m.Date);
        Assert.Equal<string>(["Ada Okafor", "Lin Wei"], m.Guests);
        Assert.Equal("https://example.com/ep7.mp3", m.AudioUrl);
        Assert.Equal(48213377L, m.AudioSize);
        Assert.Equal("AbCdEfGhI_k", m.VideoId);
        Assert.Equal(new TimeSpan(1, 2, 3), m.Duration);
        Assert.Equal("register-allocation", m.Slug);
        Assert.Equal("Two compiler engineers on graph colouring.", m.Description);
        Assert.False(m.Draft);
        Assert.Equal("en", m.Language);

        Assert.Equal(
            [
                ("Maya Brennan", "Welcome to the show. Today it's registers.", (TimeSpan?)null),
                ("Ada Okafor", "Thanks, Maya. Glad to be here.", TimeSpan.FromSeconds(12)),
                ("Lin Wei", "And I'm happy to join. I brought notes.", null),
                ("Lin Wei", "A paragraph without a label continues Lin's turn.", null),
                ("Maya Brennan", "Quoted turns are still speech.", null),
            ],
            t.Segments.Select(s => (s.Speaker, s.Text, s.Start)));
        Assert.Equal(24, t.Segments[0].Line);
    }

    [Fact]
    public void Markdown_official_style_reads_linked_timestamps_and_heading_title()
    {
        var t = ReadSpec("official-style.md");

        Assert.Equal(12, t.Metadata.EpisodeNumber);
        Assert.Equal<string>(["Ada Okafor"], t.Metadata.Guests);
        Assert.Equal("Compilers and the Art of Waiting", t.Metadata.Topic);
        Assert.Equal(
            [
                ("Maya Brennan", "Welcome back, everyone.", TimeSpan.Zero, TimeSpan.FromSeconds(9)),
                ("Ada Okafor", "Thank you. It is a pleasure.", TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(40)),
                ("Ada Okafor", "And a second paragraph from Ada.", TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(65)),
                ("Maya Brennan", "How does a scheduler decide?", TimeSpan.FromSeconds(65), (TimeSpan?)null),
            ],
            t.Segments.Select(s => (s.Speaker, s.Text, s.Start, s.End)));
    }

    [Fact]
    public void Caption_dump_takes_video_id_title_and_language_and_never_the_path()
    {
        var t = ReadSpec("caption-dump.txt");

        Assert.Equal(TranscriptFormat.CaptionDump, t.Format);
        Assert.Equal("AbCdEfGhI_k", t.Metadata.VideoId);
        Assert.Equal("en", t.Metadata.Language);
        Assert.Equal<string>(["Ada Okafor", "Lin Wei"], t.Metadata.Guests);
        Assert.Equal("Register Allocation", t.Metadata.Topic);
        Assert.Equal(7, t.Metadata.EpisodeNumber);
        Assert.Equal(
            ["so um welcome back to the show i i think we should start", "with the basics at at&t"],
            t.Segments.Select(s => s.Text));
        Assert.Equal(8, t.Segments[0].Line);
        Assert.DoesNotContain(t.Segments, s => s.Text.Contains("captions/", StringComparison.Ordinal));
        Assert.False(t.IsTimed);
    }

    [Fact]
    public void Plain_text_reads_paragraphs_labels_and_leading_timestamps()
    {
        var t = ReadSpec("plain.txt");

        Assert.Equal(TranscriptFormat.PlainText, t.Format);
        Assert.Equal(
            [
                ("Maya", "Welcome back to the show. Today we are talking about tides.", (TimeSpan?)null),
                ("Tomas", "Thanks. Tides are mostly about the moon.", null),
                ("Tomas", "And a little about the sun.", null),
                ("Maya", "Let's take a question.", TimeSpan.FromSeconds(130)),
                ("Tomas", "Sure.", TimeSpan.FromSeconds(180)),
            ],
            t.Segments.Select(s => (s.Speaker, s.Text, s.Start)));
    }

    [Fact]
    public void One_line_of_lowercase_words_is_plain_text()
    {
        var t = ReadSpec("plain-lowercase.txt");

        Assert.Equal(TranscriptFormat.PlainText, t.Format);
        var segment = Assert.Single(t.Segments);
        Assert.Null(segment.Speaker);
        Assert.StartsWith("so today we are going", segment.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.TXT", "Kind: captions Language: de hallo welt", TranscriptFormat.CaptionDump)]
    [InlineData("cues.txt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi.", TranscriptFormat.WebVtt)]
    [InlineData("cues", "1\n00:00:01,000 --> 00:00:02,000\nHi.", TranscriptFormat.Srt)]
    [InlineData("Notes.MD", "Maya: Hi.", TranscriptFormat.Markdown)]
    [InlineData("talk.markdown", "Hi.", TranscriptFormat.Markdown)]
    public void Format_is_chosen_by_extension_then_content(string fileName, string content, TranscriptFormat expected)
    {
        Assert.Equal(expected, TranscriptReader.Read(fileName, content).Format);
    }

    [Fact]
    public void Prose_with_a_colon_is_not_a_speaker_label()
    {
        var t = TranscriptReader.Read("a.txt", "So: here is the thing.\nNote: this is text.");

        var segment = Assert.Single(t.Segments);
        Assert.Null(segment.Speaker);
        Assert.Equal("So: here is the thing. Note: this is text.", segment.Text);
    }

    public static TheoryData<string, int, string> ErrorCases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in File.ReadAllLines(RepositoryFiles.Spec("Transcripts", "Errors", "expected.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Bad_input_fails_with_message_and_line(string file, int line, string message)
    {
        var content = RepositoryFiles.ReadSpec("Transcripts", "Errors", file);

        var ex = Assert.Throws<TranscriptFormatException>(() => TranscriptReader.Read(file, content));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(file + ":", ex.Message, StringComparison.Ordinal);
        Assert.Equal(line, ex.Line);
    }

    [Fact]
    public void Every_error_spec_file_is_listed()
    {
        var listed = ErrorCases().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(RepositoryFiles.Spec("Transcripts", "Errors")).Select(Path.GetFileName).Where(f => f != "expected.tsv");

        Assert.All(files, f => Assert.Contains(f!, listed));
    }
}
