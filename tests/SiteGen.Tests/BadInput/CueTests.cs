using SiteGen.Text.Transcripts;

namespace SiteGen.Tests.BadInput;

/// <summary>
/// Broken cue timings are errors naming their line; decreasing times, missing blank lines and empty cues are
/// tolerated as documented on CueTiming.
/// </summary>
public sealed class CueTests
{
    [Fact]
    public async Task A_broken_vtt_time_is_an_error_naming_its_line()
    {
        using var site = new BadSite().With("broken.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFine.\n\n00:00:02.000 --> 00:0x:03.000\nBroken.\n");

        await site.AssertFailsKeepingPreviousAsync("broken.vtt:6:", "Malformed cue end time '00:0x:03.000'");
        await site.AssertSkippedAsync("broken.vtt:6:", "Malformed cue end time");
    }

    [Fact]
    public async Task A_broken_srt_time_is_an_error_naming_its_line()
    {
        using var site = new BadSite().With("broken.srt", "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\n00:00:61,000 --> 00:00:62,000\nBroken.\n");

        await site.AssertFailsKeepingPreviousAsync("broken.srt:6:", "Malformed cue start time");
        await site.AssertSkippedAsync("broken.srt:6:", "Malformed cue start time");
    }

    [Fact]
    public async Task A_cue_block_without_a_timing_line_is_an_error_naming_its_line()
    {
        using var site = new BadSite().With("notiming.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFine.\n\nid\njust text\n");

        await site.AssertSkippedAsync("notiming.vtt:7:", "Expected a cue timing line");
    }

    [Fact]
    public void Decreasing_times_are_kept_in_file_order_and_an_end_before_its_start_is_dropped()
    {
        var transcript = TranscriptReader.Read("times.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:03.000\nEnds before it starts.\n\n00:00:02.000 --> 00:00:04.000\nStarts before the previous one.\n");

        Assert.Collection(
            transcript.Segments,
            s => Assert.Equal((TimeSpan.FromSeconds(5), (TimeSpan?)null, "Ends before it starts."), (s.Start!.Value, s.End, s.Text)),
            s => Assert.Equal((TimeSpan.FromSeconds(2), (TimeSpan?)TimeSpan.FromSeconds(4), "Starts before the previous one."), (s.Start!.Value, s.End, s.Text)));
    }

    [Fact]
    public async Task Decreasing_times_still_build_a_page()
    {
        using var site = new BadSite().With("times.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:03.000\nEnds before it starts and that is fine.\n\n00:00:02.000 --> 00:00:04.000\nStarts before the previous one, also fine.\n");

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false);

        Assert.Equal(3, summary.Episodes);
        Assert.Empty(summary.Skipped);
    }

    [Theory]
    [InlineData("vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFirst cue.\n00:00:02.000 --> 00:00:03.000\nSecond cue.\n2\n00:00:03.000 --> 00:00:04.000\nThird cue.\n")]
    [InlineData("srt", "1\n00:00:01,000 --> 00:00:02,000\nFirst cue.\n2\n00:00:02,000 --> 00:00:03,000\nSecond cue.\n00:00:03,000 --> 00:00:04,000\nThird cue.\n")]
    public void Cues_without_blank_lines_between_them_are_split_at_each_timing_line(string extension, string content)
    {
        var transcript = TranscriptReader.Read("cues." + extension, content);

        Assert.Equal(["First cue.", "Second cue.", "Third cue."], transcript.Segments.Select(s => s.Text));
        Assert.Equal([1.0, 2.0, 3.0], transcript.Segments.Select(s => s.Start!.Value.TotalSeconds));
        Assert.DoesNotContain(transcript.Segments, s => s.Text.Contains("-->", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:02.000 --> 00:00:03.000\nSpoken.\n")]
    [InlineData("srt", "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\nSpoken.\n")]
    public void A_cue_without_text_is_skipped(string extension, string content)
    {
        var transcript = TranscriptReader.Read("empty-cue." + extension, content);

        var segment = Assert.Single(transcript.Segments);
        Assert.Equal("Spoken.", segment.Text);
    }

    [Fact]
    public async Task A_caption_file_whose_cues_all_lack_text_is_an_error()
    {
        using var site = new BadSite().With("silent.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:02.000 --> 00:00:03.000\n \n");

        await site.AssertSkippedAsync("silent.vtt:3:", "no cue with text");
    }
}
