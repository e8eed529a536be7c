using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SiteGen.Text.Chapters;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Summary;
using SiteGen.Text.Transcripts;
using SiteGen.Training.Corpus;

namespace SiteGen.Training;

/// <summary>
/// eval-chapters --raw 318,176,209: runs the site's chain (clean, restore punctuation, repair names, paragraphs,
/// chapters, summary) on raw captions and prints the chapter titles next to the official outline where one exists.
/// --cache DIR keeps the restored sentences between runs (clear it when restoration or name repair changes);
/// --phrases true also lists each chapter's best key phrases (score/count, noun and modifier shares, P proper, N noun).
/// </summary>
internal static partial class EvalChaptersCommand
{
    private const string Host = "Lex Fridman";
    private const string PodcastName = "Lex Fridman Podcast";

    private static int ShowRaw(string corpus, string list, string? cache, bool showPhrases)
    {
        var episodes = EpisodeCatalog.Read(Path.Combine(corpus, "episodes.csv"));
        var site = Gazetteer.CreateBuilder()
            .AddKnownNames(KnownNames.Default.Select(n => (n.Form, n.Count)))
            .AddHost(Host)
            .AddPodcastName(PodcastName)
            .Build();
        var counts = new List<int>();
        var minutes = new List<double>();
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var number = int.Parse(item, CultureInfo.InvariantCulture);
            var path = Path.Combine(corpus, "raw", number.ToString("D3", CultureInfo.InvariantCulture) + ".txt");
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"no raw episode {number}");
                continue;
            }

            var (guests, title) = episodes.TryGetValue(number, out var row) ? (row.Guests, row.Topic) : ([], null);
            var sentences = RawSentences(path, number, cache, site.ForEpisode(guests, title));
            var paragraphs = Paragrapher.Group(sentences);
            var context = new EpisodeContext { Title = title, PodcastName = PodcastName, Guests = guests, Hosts = [Host] };
            var (chapters, summary) = Summarizer.Outline(paragraphs, context);
            var gold = Outline(Path.Combine(corpus, "outlines", number.ToString(CultureInfo.InvariantCulture) + ".json"));
            var words = paragraphs.Select(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToArray();
            var wordsBefore = new int[words.Length + 1];
            for (var p = 0; p < words.Length; p++)
            {
                wordsBefore[p + 1] = wordsBefore[p] + words[p];
            }

            Console.WriteLine($"== raw {number}: {title} ({chapters.Length} chapters, official {gold.Count}; {paragraphs.Length} paragraphs)");
            for (var i = 0; i < Math.Max(chapters.Length, gold.Count); i++)
            {
                var left = i < chapters.Length
                    ? $"~{Clock(wordsBefore[chapters[i].FirstParagraph] / 150.0 * 60)} {chapters[i].Title}"
                    : string.Empty;
                var right = i < gold.Count ? $"{Clock(gold[i].Start)} {gold[i].Title}" : string.Empty;
                Console.WriteLine($"  {left,-45} | {right}");
            }

            Console.WriteLine($"  description: {summary.Description}");
            if (showPhrases)
            {
                var analyzed = SiteGen.Text.Analysis.AnalyzedEpisode.Analyze(paragraphs);
                var tokens = EpisodeWords.Of(analyzed);
                var profile = WordProfile.Learn(tokens);
                var ranges = chapters.Select(c => (c.FirstParagraph, c.FirstParagraph + c.ParagraphCount)).ToList();
                var phrases = KeyPhraseExtractor.Extract(tokens, ranges, profile, context);
                for (var c = 0; c < ranges.Count; c++)
                {
                    Console.WriteLine($"  {chapters[c].Title}: " + string.Join(", ", phrases[c].Take(8).Select(k => $"{k.Words} {k.Score:F1}/{k.Count}/{profile.NounShare(k.Words):F2}/{profile.ModifierShare(k.Words):F2}{(profile.IsProper(k.Words) ? "P" : "")}{(profile.IsNounLike(k.Words) ? "N" : "")}")));
                }
            }
            counts.Add(chapters.Length);
            minutes.Add(wordsBefore[^1] / 150.0 / Math.Max(1, chapters.Length));
        }

        if (counts.Count > 0)
        {
            Console.WriteLine($"raw episodes: {counts.Count}, chapters per episode {counts.Average():F1}, mean chapter length {minutes.Average():F1} min (150 words/min)");
        }

        return 0;
    }

    private static ImmutableArray<Sentence> RawSentences(string path, int number, string? cache, Gazetteer gazetteer)
    {
        var cached = cache is null ? null : Path.Combine(cache, $"raw-{number}.txt");
        if (cached is not null && File.Exists(cached))
        {
            return [.. File.ReadAllLines(cached).Select(l => new Sentence(l, null, null))];
        }

        var transcript = TranscriptReader.Read(Path.GetFileName(path), File.ReadAllText(path));
        var words = TranscriptCleaner.Clean(WordStream.FromSegments(transcript.Segments));
        var sentences = PunctuationDetector.IsPunctuated(words) ? SentenceSplitter.Split(words) : PunctuationRestorer.Default.Restore(words);
        var repaired = new NameRepairer(gazetteer).Repair(sentences).Sentences;
        if (cached is not null)
        {
            Directory.CreateDirectory(cache!);
            File.WriteAllLines(cached, repaired.Select(s => s.Text.ReplaceLineEndings(" ")));
        }

        return repaired;
    }

    private static List<(double Start, string Title)> Outline(string path)
    {
        var gold = new List<(double Start, string Title)>();
        if (!File.Exists(path))
        {
            return gold;
        }

        using var outline = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var chapter in outline.RootElement.GetProperty("chapters").EnumerateArray())
        {
            gold.Add((chapter.GetProperty("start_s").GetDouble(), chapter.GetProperty("title").GetString() ?? string.Empty));
        }

        return gold;
    }
}
