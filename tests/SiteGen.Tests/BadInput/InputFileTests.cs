using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Building;

namespace SiteGen.Tests.BadInput;

public sealed class InputFileTests
{
    [Fact]
    public async Task An_empty_file_is_refused_by_name()
    {
        using var site = new BadSite().With("empty.vtt", "");

        await site.AssertFailsKeepingPreviousAsync("empty.vtt: the file is empty");
        await site.AssertSkippedAsync("empty.vtt", "the file is empty");
    }

    [Theory]
    [InlineData("blank.txt", "blank.txt:1: The transcript is empty.")]
    [InlineData("blank.md", "blank.md:1: the transcript has no spoken text.")]
    [InlineData("blank.srt", "blank.srt:4: The SRT file has no cue with text.")]
    public async Task A_file_of_blank_lines_is_refused_naming_its_line(string name, string message)
    {
        using var site = new BadSite().With(name, " \n\t\n\n");

        var skipped = await site.AssertSkippedAsync(name);

        Assert.Equal(message, skipped);
    }

    [Fact]
    public async Task A_binary_file_with_nul_bytes_is_refused_as_binary()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R' };
        using var site = new BadSite().With("cover.txt", png);

        await site.AssertFailsKeepingPreviousAsync("cover.txt: a binary file", "NUL byte at offset 8");
        await site.AssertSkippedAsync("cover.txt", "a binary file");
    }

    [Fact]
    public async Task A_file_of_control_characters_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        using var site = new BadSite().With("noise.txt", bytes);

        await site.AssertSkippedAsync("noise.txt", "a binary file", "control characters");
    }

    [Fact]
    public async Task Invalid_utf8_beside_valid_utf8_names_the_line_of_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nZoë is fine\n\n00:00:03.000 --> 00:00:04.000\ncaf")
            .Concat(new byte[] { 0xE9, (byte)'\n' }) // a Latin-1 "é" in a UTF-8 file
            .ToArray();
        using var site = new BadSite().With("mixed.vtt", bytes);

        await site.AssertFailsKeepingPreviousAsync("mixed.vtt:7:", "invalid UTF-8", "0xE9");
        await site.AssertSkippedAsync("mixed.vtt:7:", "invalid UTF-8");
    }

    [Fact]
    public async Task A_latin1_file_is_read_as_latin1_with_a_warning_naming_the_line()
    {
        var bytes = Encoding.Latin1.GetBytes("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWe went to the café for crêpes.\n\n00:00:04.000 --> 00:00:08.000\nThen we talked about harbours.\n");
        using var site = new BadSite().With("latin1.vtt", bytes);
        var log = new RecordingLog();

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false, log);

        Assert.Equal(3, summary.Episodes);
        Assert.Contains("latin1.vtt:4: not UTF-8 (byte 0xE9 at column 19); read as Latin-1. Save the file as UTF-8.", log.Warnings);
        Assert.Contains(
            Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories),
            f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelector("#transcript")?.TextContent.Contains("café", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8")]
    [InlineData("utf-32le")]
    public async Task Text_with_a_byte_order_mark_is_read_in_its_encoding(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        const string text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nThe café on Zoë’s street serves crêpes.\n\n00:00:04.000 --> 00:00:08.000\nWe talked about harbours for an hour.\n";
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "bom.vtt"), [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var summary = await BadSite.BuildAsync(input, temp.Combine("out"), keepGoing: false);

        Assert.Equal(1, summary.Episodes);
        var page = Directory.EnumerateFiles(temp.Combine("out"), "index.html", SearchOption.AllDirectories)
            .Select(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelector("#transcript")?.TextContent)
            .Single(t => t is not null)!;
        Assert.Contains("café", page, StringComparison.Ordinal);
        Assert.Contains("crêpes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_without_a_byte_order_mark_is_refused_with_a_hint()
    {
        using var site = new BadSite().With("nobom.txt", Encoding.Unicode.GetBytes("Hello there, this is a transcript."));

        await site.AssertSkippedAsync("nobom.txt", "a binary file", "byte-order mark");
    }

    [Fact]
    public async Task A_single_line_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var site = new BadSite();
        var path = Path.Combine(site.Input, "huge.txt");
        using (var stream = File.Create(path))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("so we talked about it ", 4096)));
            while (stream.Length < 50L * 1024 * 1024)
            {
                stream.Write(chunk);
            }
        }

        var message = await site.AssertSkippedAsync("huge.txt", "the file is 50", "limited to 20 MB");
        Assert.Equal(20L * 1024 * 1024, InputDecoder.MaxTranscriptBytes);
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_sidecar_encoding_is_reported_against_the_sidecar()
    {
        using var site = new BadSite()
            .With("extra.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n")
            .With("extra.yml", [.. Encoding.UTF8.GetBytes("description: Café\ntitle: "), 0xFF, (byte)'\n']);

        await site.AssertSkippedAsync("extra.vtt", "extra.yml: invalid UTF-8 on line 2");
    }

    [Fact]
    public void Utf16_with_a_lone_surrogate_names_its_line()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("one\ntwo\n"), 0x00, 0xD8, (byte)'b', 0x00];

        var error = Assert.Throws<SiteGen.Text.Transcripts.TranscriptFormatException>(() => InputDecoder.Decode("x.txt", bytes, out _));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("x.txt: invalid UTF-16 on line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoding_names_the_line_and_column_of_the_first_invalid_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("oné\ntwo\nthr").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var error = Assert.Throws<SiteGen.Text.Transcripts.TranscriptFormatException>(() => InputDecoder.Decode("x.txt", bytes, out _));

        Assert.Equal(3, error.Line);
        Assert.Contains("column 4", error.Message, StringComparison.Ordinal);
    }
}
