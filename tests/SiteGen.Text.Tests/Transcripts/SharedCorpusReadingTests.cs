using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;
using Xunit.Abstractions;

namespace SiteGen.Text.Tests.Transcripts;

/// <summary>Reads the whole shared corpus: every file must parse and give a plausible number of words.</summary>
public sealed class SharedCorpusReadingTests(ITestOutputHelper output)
{
    private static string Corpus => RepositoryFiles.SharedCorpus!;

    [SharedCorpusFact]
    public void Every_punctuated_vtt_reads_with_plausible_word_counts()
    {
        var counts = ReadAll("punctuated", "*.vtt", TranscriptFormat.WebVtt);

        Assert.True(counts.Count >= 250, $"only {counts.Count} files");
        Assert.All(counts, c => Assert.InRange(c.Words, 1_000, 100_000));
    }

    [SharedCorpusFact]
    public void Every_official_markdown_reads_with_speakers_and_times()
    {
        var files = Directory.GetFiles(Path.Combine(Corpus, "official"), "*.md").Order(StringComparer.Ordinal).ToArray();
        long total = 0;
        var withGuests = 0;
        foreach (var file in files)
        {
            var t = TranscriptReader.Read(Path.GetFileName(file), File.ReadAllText(file));
            var words = WordStream.FromSegments(t.Segments).Length;
            total += words;

            Assert.Equal(TranscriptFormat.Markdown, t.Format);
            Assert.InRange(words, 1_000, 100_000);
            Assert.True(t.Segments.Select(s => s.Speaker).Where(s => s is not null).Distinct().Count() >= 2, file);
            Assert.True(t.Segments.Count(s => s.Start is not null) * 10 >= t.Segments.Length * 9, $"{file}: most turns carry a time");
            Assert.DoesNotContain(t.Segments, s => s.Text.Contains("](http", StringComparison.Ordinal));
            Assert.NotNull(t.Metadata.EpisodeNumber);
            withGuests += t.Metadata.Guests.IsEmpty ? 0 : 1;
        }

        output.WriteLine($"official: {files.Length} files, {total} words, {total / Math.Max(1, files.Length)} per file, guests found for {withGuests}");
        Assert.True(withGuests * 10 >= files.Length * 9, $"guests found in only {withGuests} titles");
    }

    [SharedCorpusFact]
    public void Every_raw_caption_file_reads_as_one_plain_line()
    {
        var counts = ReadAll("raw", "*.txt", TranscriptFormat.PlainText);

        Assert.True(counts.Count >= 250, $"only {counts.Count} files");
        Assert.All(counts, c => Assert.InRange(c.Words, 300, 100_000));
    }

    [SharedCorpusFact]
    public void Raw_and_punctuated_sides_of_a_pair_have_similar_word_counts()
    {
        var ratios = new List<double>();
        foreach (var line in File.ReadLines(Path.Combine(Corpus, "pairs.tsv")).Skip(1))
        {
            var p = line.Split('\t');
            var raw = Words(Path.Combine(Corpus, p[3]));
            var punctuated = Words(Path.Combine(Corpus, p[4]));
            ratios.Add((double)raw / punctuated);
        }

        ratios.Sort();
        output.WriteLine($"raw/punctuated word ratio over {ratios.Count} pairs: min {ratios[0]:F2}, median {ratios[ratios.Count / 2]:F2}, max {ratios[^1]:F2}");
        Assert.InRange(ratios[ratios.Count / 2], 0.9, 1.2);
    }

    private static int Words(string file) =>
        WordStream.FromSegments(TranscriptReader.Read(Path.GetFileName(file), File.ReadAllText(file)).Segments).Length;

    private List<(string File, int Words)> ReadAll(string folder, string pattern, TranscriptFormat format)
    {
        var result = new List<(string, int)>();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus, folder), pattern).Order(StringComparer.Ordinal))
        {
            var t = TranscriptReader.Read(Path.GetFileName(file), File.ReadAllText(file));
            Assert.Equal(format, t.Format);
            result.Add((Path.GetFileName(file), WordStream.FromSegments(t.Segments).Length));
        }

        var words = result.Select(r => (long)r.Item2).ToArray();
        output.WriteLine($"{folder}: {result.Count} files, {words.Sum()} words, min {words.Min()}, max {words.Max()}");
        return result;
    }
}
