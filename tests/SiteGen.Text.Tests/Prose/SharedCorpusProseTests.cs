using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Tests.Transcripts;
using SiteGen.Text.Transcripts;
using Xunit.Abstractions;

namespace SiteGen.Text.Tests.Prose;

/// <summary>Quality floors on the shared corpus; each prints its figures next to a trivial baseline.</summary>
public sealed class SharedCorpusProseTests(ITestOutputHelper output)
{
    private static string Corpus => RepositoryFiles.SharedCorpus!;

    private static IEnumerable<(string Name, Transcript Transcript)> Read(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Corpus, folder), pattern)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), TranscriptReader.Read(Path.GetFileName(f), File.ReadAllText(f))));

    [SharedCorpusFact]
    public void Punctuation_detector_tells_raw_captions_from_punctuated_transcripts()
    {
        int rawTotal = 0, rawRight = 0, punctuatedTotal = 0, punctuatedRight = 0;
        foreach (var (_, t) in Read("raw", "*.txt"))
        {
            rawTotal++;
            rawRight += PunctuationDetector.IsPunctuated(WordStream.FromSegments(t.Segments)) ? 0 : 1;
        }

        foreach (var (_, t) in Read("punctuated", "*.vtt").Concat(Read("official", "*.md")))
        {
            punctuatedTotal++;
            punctuatedRight += PunctuationDetector.IsPunctuated(WordStream.FromSegments(t.Segments)) ? 1 : 0;
        }

        var accuracy = (double)(rawRight + punctuatedRight) / (rawTotal + punctuatedTotal);
        var baseline = (double)Math.Max(rawTotal, punctuatedTotal) / (rawTotal + punctuatedTotal);
        output.WriteLine($"detector: raw {rawRight}/{rawTotal} unpunctuated, punctuated {punctuatedRight}/{punctuatedTotal}; accuracy {accuracy:P1} (majority baseline {baseline:P1})");
        // A few raw captions do carry punctuation and a few Whisper files lose most of it, so 100 % is not the goal.
        Assert.True(accuracy >= 0.985, $"accuracy {accuracy:P1}");
    }

    [SharedCorpusFact]
    public void Cleaning_raw_captions_removes_fillers_and_tags_and_keeps_almost_every_word()
    {
        long before = 0, after = 0, fillersLeft = 0, tagsLeft = 0, lowerI = 0;
        foreach (var (_, t) in Read("raw", "*.txt"))
        {
            var words = WordStream.FromSegments(t.Segments);
            var cleaned = TranscriptCleaner.Clean(words);
            before += words.Length;
            after += cleaned.Length;
            foreach (var w in cleaned)
            {
                fillersLeft += w.Text is "um" or "uh" ? 1 : 0;
                tagsLeft += w.Text.StartsWith('[') ? 1 : 0;
                lowerI += w.Text is "i" or "i'm" ? 1 : 0;
            }
        }

        var removed = (double)(before - after) / before;
        output.WriteLine($"cleaning raw: {before} -> {after} words ({removed:P2} removed); left: {fillersLeft} um/uh, {tagsLeft} tags, {lowerI} lower-case i");
        Assert.Equal(0, fillersLeft + tagsLeft + lowerI);
        Assert.InRange(removed, 0.001, 0.08);
    }

    [SharedCorpusFact]
    public void Official_transcripts_become_paragraphs_of_readable_size()
    {
        // Only turns long enough to need paragraphs are measured: a short answer is rightly a short paragraph.
        const int LongTurn = 120;
        var ours = new List<int>();
        var theirs = new List<int>();
        foreach (var (name, t) in Read("official", "*.md"))
        {
            var sentences = SentenceSplitter.Split(TranscriptCleaner.Clean(WordStream.FromSegments(t.Segments)));
            var paragraphs = Paragrapher.Group(sentences);
            foreach (var run in Runs(paragraphs, p => p.Speaker, p => p.Text.Split(' ').Length).Where(r => r.Sum() >= LongTurn))
            {
                ours.AddRange(run);
            }

            foreach (var run in Runs(t.Segments, s => s.Speaker, s => s.Text.Split(' ').Length).Where(r => r.Sum() >= LongTurn))
            {
                theirs.AddRange(run);
            }

            Assert.All(paragraphs, p => Assert.True(p.Text.Split(' ').Length <= 320 || p.Sentences.Length == 1, $"{name}: {p.Text.Length} characters"));
        }

        var inRange = ours.Count(w => w is >= 40 and <= 160) / (double)ours.Count;
        var baselineInRange = theirs.Count(w => w is >= 40 and <= 160) / (double)theirs.Count;
        output.WriteLine($"paragraph words in turns of {LongTurn}+ words, ours: {Describe(ours)}; baseline (the transcript's own paragraphs): {Describe(theirs)}");
        output.WriteLine($"share of those paragraphs with 40-160 words: ours {inRange:P1}, baseline {baselineInRange:P1}");
        Assert.True(inRange >= 0.97, $"only {inRange:P1} of paragraphs have 40-160 words");
    }

    /// <summary>The sizes of consecutive items with the same speaker, one list per run.</summary>
    private static IEnumerable<List<int>> Runs<T>(IEnumerable<T> items, Func<T, string?> speaker, Func<T, int> size)
    {
        List<int>? run = null;
        string? current = null;
        foreach (var item in items)
        {
            if (run is null || speaker(item) != current)
            {
                if (run is not null)
                {
                    yield return run;
                }

                run = [];
                current = speaker(item);
            }

            run.Add(size(item));
        }

        if (run is not null)
        {
            yield return run;
        }
    }

    private static string Describe(List<int> sizes)
    {
        sizes.Sort();
        return $"n={sizes.Count} median {sizes[sizes.Count / 2]} p90 {sizes[sizes.Count * 9 / 10]} max {sizes[^1]}";
    }
}
