using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Training;

/// <summary>
/// eval-chapters: segments the official transcripts and compares with their official outlines (boundary F1 within
/// ±60/±120 s, Pk, WindowDiff, chapter-count ratio, title overlap) next to equal-length and random baselines.
/// Options: --corpus DIR, --limit N, --show N,  --window M, --min M,
/// --block M, --speakers false (drop speaker names, as in Whisper output), --times false (drop times: segment on word counts),
/// --paragraphs own (regroup the sentences into paragraphs as the site does, times interpolated within turns for scoring),
/// --fit true (fit the boundary model with two-fold cross-validation), --cohesion W (fix the weight of the chapters' word
/// likelihood instead of tuning it; 0 is the placement by scores alone), --diagnose true (how far boundaries fall from gold),
/// --raw N,N,... [--cache DIR] [--phrases true] (titles of raw episodes through the site's chain, see EvalChaptersCommand.Raw.cs).
/// Prints shared text only to the console (samples of titles and summaries), never to files.
/// </summary>
internal static partial class EvalChaptersCommand
{
    public static int Run(string[] args)
    {
        var options = ParseOptions(args);
        var corpus = options.GetValueOrDefault("corpus") ?? Path.Combine(FindRepositoryRoot(), "..", "shared", "corpus");
        var officialDir = Path.Combine(corpus, "official");
        var outlineDir = Path.Combine(corpus, "outlines");
        if (!Directory.Exists(officialDir) || !Directory.Exists(outlineDir))
        {
            Console.Error.WriteLine($"corpus not found: {officialDir}");
            return 1;
        }

        if (options.GetValueOrDefault("raw") is { } raw)
        {
            return ShowRaw(corpus, raw, options.GetValueOrDefault("cache"), options.GetValueOrDefault("phrases") == "true");
        }

        var settings = SegmentationSettings.Default with
        {
            WindowMinutes = Number(options, "window", SegmentationSettings.Default.WindowMinutes),
            MinMinutes = Number(options, "min", SegmentationSettings.Default.MinMinutes),
            BlockMinutes = Number(options, "block", SegmentationSettings.Default.BlockMinutes),
        };
        var show = (int)Number(options, "show", 3);
        var limit = (int)Number(options, "limit", int.MaxValue);
        var keepSpeakers = options.GetValueOrDefault("speakers") != "false";
        var keepTimes = options.GetValueOrDefault("times") != "false";
        var ownParagraphs = options.GetValueOrDefault("paragraphs") == "own";

        var files = Directory.GetFiles(officialDir, "*.md");
        Array.Sort(files, StringComparer.Ordinal);
        var episodes = new List<Episode>();
        foreach (var file in files)
        {
            var outline = Path.Combine(outlineDir, Path.GetFileNameWithoutExtension(file) + ".json");
            if (File.Exists(outline) && episodes.Count < limit)
            {
                var episode = ReadEpisode(file, outline);
                if (ownParagraphs)
                {
                    episode = Regroup(episode, keepSpeakers);
                }

                if (episode.Paragraphs.Length > 0 && episode.Gold.Count > 1)
                {
                    episodes.Add(episode);
                }
            }
        }

        if (options.GetValueOrDefault("fit") == "true")
        {
            var learner = options.GetValueOrDefault("learner") != "linear"
                ? new BoostSettings((int)Number(options, "rounds", 100), (int)Number(options, "depth", 3), Number(options, "rate", 0.1), Number(options, "lambda", 10), Number(options, "minhess", 5))
                : null;
            return Fit(episodes, settings, keepSpeakers, keepTimes, learner, options.GetValueOrDefault("write") == "true", options.GetValueOrDefault("diagnose") == "true", (int)Number(options, "repeats", 1), (int)Number(options, "folds", 2), Dropped(options), CohesionWeights(options), "eval-chapters " + string.Join(' ', args));
        }

        var goldCounts = episodes.Select(e => e.Gold.Count).Order().ToList();
        var medianCount = goldCounts.Count == 0 ? 0 : goldCounts[goldCounts.Count / 2];
        var ours = new Scores("ours");
        var equal = new Scores($"equal x{medianCount}");
        var random = new Scores($"random x{medianCount}");
        var titleOverlap = new List<double>();
        var titleBaselineOverlap = new List<double>();
        var titlePairBaselineOverlap = new List<double>();
        var titleWords = new List<int>();
        var shown = 0;
        var goldIntros = 0;
        var foundIntros = 0;
        var introEndsMatched = 0;
        var started = DateTime.UtcNow;
        var snapped = new Scores("ours");
        var countOracle = new Scores("x");
        var distances = new List<double>();
        foreach (var episode in episodes)
        {
            var input = Strip(episode.Paragraphs, keepSpeakers, keepTimes);
            var context = keepSpeakers ? episode.Context : episode.Context with { Hosts = [] };
            var chapters = ChapterSegmenter.Segment(input, context, settings);

            // Score against the true turn times even when the segmenter did not see them.
            chapters = [.. chapters.Select(c => c with { Start = episode.Paragraphs[c.FirstParagraph].Start })];
            var hypothesis = chapters.Select(c => c.Start!.Value.TotalSeconds).ToList();
            var gold = episode.Gold.Select(g => g.Start).ToList();
            ours.Add(gold, hypothesis, episode.EndSeconds);
            if (options.GetValueOrDefault("diagnose") == "true")
            {
                Diagnose(gold, hypothesis, episode.EndSeconds, snapped, countOracle, distances);
            }
            equal.Add(gold, EqualStarts(medianCount, episode.EndSeconds), episode.EndSeconds);
            random.Add(gold, RandomStarts(medianCount, episode.EndSeconds, episode.Number), episode.EndSeconds);

            if (episode.Gold[0].Title == ChapterTitler.IntroductionTitle)
            {
                goldIntros++;
                if (chapters[0].Title == ChapterTitler.IntroductionTitle)
                {
                    foundIntros++;
                    if (chapters.Length > 1 && Math.Abs(chapters[1].Start!.Value.TotalSeconds - episode.Gold[1].Start) <= 60)
                    {
                        introEndsMatched++;
                    }
                }
            }

            var analyzed = AnalyzedEpisode.Analyze(episode.Paragraphs);
            var baselineTitles = TopWordTitles(analyzed, chapters, 1);
            var baselinePairTitles = TopWordTitles(analyzed, chapters, 2);
            titleOverlap.Add(TitleOverlap(chapters, chapters.Select(c => c.Title).ToList(), episode, analyzed.Analyzer));
            titleBaselineOverlap.Add(TitleOverlap(chapters, baselineTitles, episode, analyzed.Analyzer));
            titlePairBaselineOverlap.Add(TitleOverlap(chapters, baselinePairTitles, episode, analyzed.Analyzer));
            foreach (var chapter in chapters)
            {
                titleWords.Add(chapter.Title.Split(' ').Length);
            }

            if (shown < show)
            {
                shown++;
                PrintSample(episode, chapters);
            }
        }

        var elapsed = DateTime.UtcNow - started;
        if (distances.Count > 0)
        {
            Console.WriteLine(snapped.Row().Replace("ours", "snap<=120"));
            var d = distances.Order().ToList();
            Console.WriteLine($"hyp->gold distance quantiles: " + string.Join(' ', new[] { 0.1, 0.25, 0.5, 0.6, 0.7, 0.8, 0.9 }.Select(q => $"{q}:{d[(int)(q * (d.Count - 1))]:F0}")));
        }
        Console.WriteLine();
        Console.WriteLine($"episodes: {episodes.Count}, median gold chapters: {medianCount}, segmentation time: {elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"input: speakers {(keepSpeakers ? "kept" : "dropped")}, times {(keepTimes ? "kept" : "dropped (150 words/min)")}");
        Console.WriteLine($"settings: window {settings.WindowMinutes} min, min {settings.MinMinutes} min");
        Console.WriteLine($"introduction: gold has one in {goldIntros} episodes; found in {foundIntros}, its end within 60 s of gold in {introEndsMatched}");
        Console.WriteLine(Scores.Header);
        Console.WriteLine(ours.Row());
        Console.WriteLine(equal.Row());
        Console.WriteLine(random.Row());
        Console.WriteLine($"title overlap with gold (content stem shared): ours {titleOverlap.Average():P1}, top-word baseline {titleBaselineOverlap.Average():P1}, top-two-words baseline {titlePairBaselineOverlap.Average():P1}; mean title words {titleWords.Average():F2}");
        return 0;
    }

    private static double[] CohesionWeights(Dictionary<string, string> options) =>
        options.ContainsKey("cohesion") ? [Number(options, "cohesion", 0)] : CohesionGrid;

    private static int[] Dropped(Dictionary<string, string> options) =>
        options.GetValueOrDefault("drop") is { Length: > 0 } list
            ? [.. list.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))]
            : [];

    private static void Diagnose(List<double> gold, List<double> hyp, double end, Scores snapped, Scores countOracle, List<double> distances)
    {
        var snappedHyp = new List<double>();
        foreach (var h in hyp)
        {
            var nearest = gold.MinBy(g => Math.Abs(g - h));
            distances.Add(Math.Abs(nearest - h));
            snappedHyp.Add(Math.Abs(nearest - h) <= 120 ? nearest : h);
        }

        snapped.Add(gold, snappedHyp, end);
    }

    // Paragraphs as the site makes them for a caption dump (no speakers, no times), each keeping the time of its first
    // sentence for scoring, so a model fitted on them meets the paragraphs raw episodes get.
    private static Episode Regroup(Episode episode, bool keepSpeakers)
    {
        var timed = Interpolated(episode.Paragraphs.SelectMany(p => p.Sentences).ToList(), episode.EndSeconds);
        var grouped = Paragrapher.Group([.. timed.Select(s => new Sentence(s.Text, null, keepSpeakers ? s.Speaker : null))]);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(grouped.Length);
        var next = 0;
        foreach (var paragraph in grouped)
        {
            paragraphs.Add(new Paragraph([.. timed.Skip(next).Take(paragraph.Sentences.Length).Select(s => new Sentence(s.Text, s.Start, keepSpeakers ? s.Speaker : null))]));
            next += paragraph.Sentences.Length;
        }

        return episode with { Paragraphs = paragraphs.MoveToImmutable() };
    }

    // Official transcripts time each turn; a sentence inside one gets the time its words reach at the turn's pace.
    private static List<Sentence> Interpolated(List<Sentence> sentences, double endSeconds)
    {
        var words = new double[sentences.Count + 1];
        for (var i = 0; i < sentences.Count; i++)
        {
            words[i + 1] = words[i] + sentences[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        var result = new List<Sentence>(sentences.Count);
        var known = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Start is not null)
            {
                known = i;
                result.Add(sentences[i]);
                continue;
            }

            var next = i + 1;
            while (next < sentences.Count && sentences[next].Start is null)
            {
                next++;
            }

            var from = sentences[known].Start?.TotalSeconds ?? 0;
            var to = next < sentences.Count ? sentences[next].Start!.Value.TotalSeconds : endSeconds;
            var share = (words[i] - words[known]) / Math.Max(1, words[next] - words[known]);
            result.Add(sentences[i] with { Start = TimeSpan.FromSeconds(from + (share * (to - from))) });
        }

        return result;
    }

    private static ImmutableArray<Paragraph> Strip(ImmutableArray<Paragraph> paragraphs, bool keepSpeakers, bool keepTimes) =>
        keepSpeakers && keepTimes
            ? paragraphs
            : [.. paragraphs.Select(p => new Paragraph([.. p.Sentences.Select(s => new Sentence(s.Text, keepTimes ? s.Start : null, keepSpeakers ? s.Speaker : null))]))];

    private static void PrintSample(Episode episode, ImmutableArray<Chapter> chapters)
    {
        Console.WriteLine($"== {episode.Number}: {episode.Context.Title}");
        var rows = Math.Max(chapters.Length, episode.Gold.Count);
        for (var i = 0; i < rows; i++)
        {
            var left = i < chapters.Length ? $"{Clock(chapters[i].Start!.Value.TotalSeconds)} {chapters[i].Title}" : string.Empty;
            var right = i < episode.Gold.Count ? $"{Clock(episode.Gold[i].Start)} {episode.Gold[i].Title}" : string.Empty;
            Console.WriteLine($"  {left,-45} | {right}");
        }

        foreach (var chapter in chapters.Take(8))
        {
            Console.WriteLine($"  [{chapter.Title}] {chapter.Summary}");
        }

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context);
        Console.WriteLine("  summary:");
        foreach (var sentence in summary.Sentences)
        {
            Console.WriteLine($"    - {sentence}");
        }

        Console.WriteLine($"  description ({summary.Description.Length}): {summary.Description}");
    }

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);

    private static double TitleOverlap(ImmutableArray<Chapter> chapters, IReadOnlyList<string> titles, Episode episode, ContentTermAnalyzer analyzer)
    {
        var hits = 0;
        var total = 0;
        for (var c = 0; c < chapters.Length; c++)
        {
            if (titles[c] == ChapterTitler.IntroductionTitle)
            {
                continue;
            }

            var start = chapters[c].Start!.Value.TotalSeconds;
            var end = c + 1 < chapters.Length ? chapters[c + 1].Start!.Value.TotalSeconds : episode.EndSeconds;
            var best = -1;
            var bestOverlap = 0.0;
            for (var g = 0; g < episode.Gold.Count; g++)
            {
                var gs = episode.Gold[g].Start;
                var ge = g + 1 < episode.Gold.Count ? episode.Gold[g + 1].Start : episode.EndSeconds;
                var overlap = Math.Min(end, ge) - Math.Max(start, gs);
                if (overlap > bestOverlap)
                {
                    best = g;
                    bestOverlap = overlap;
                }
            }

            total++;
            if (best >= 0 && Terms(titles[c], analyzer).Overlaps(Terms(episode.Gold[best].Title, analyzer)))
            {
                hits++;
            }
        }

        return total == 0 ? 0 : (double)hits / total;
    }

    private static HashSet<int> Terms(string text, ContentTermAnalyzer analyzer)
    {
        var ids = new List<int>();
        analyzer.AddTerms(text, ids);
        return [.. ids];
    }

    // Baseline titles: the most frequent content word(s) of each chapter, joined by "and".
    private static List<string> TopWordTitles(AnalyzedEpisode analyzed, ImmutableArray<Chapter> chapters, int words)
    {
        var titles = new List<string>();
        foreach (var chapter in chapters)
        {
            var counts = new Dictionary<int, int>();
            var first = analyzed.ParagraphFirstSentence[chapter.FirstParagraph];
            var end = analyzed.ParagraphFirstSentence[chapter.FirstParagraph + chapter.ParagraphCount];
            foreach (var id in analyzed.TermsOfSentences(first, end))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            var best = string.Join(" and ", counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => analyzed.Vocabulary[kv.Key]).Take(words));
            titles.Add(chapter.Title == ChapterTitler.IntroductionTitle ? chapter.Title : best);
        }

        return titles;
    }

    private static List<double> EqualStarts(int count, double end)
    {
        var starts = new List<double>();
        for (var i = 0; i < count; i++)
        {
            starts.Add(end * i / count);
        }

        return starts;
    }

    private static List<double> RandomStarts(int count, double end, int seed)
    {
        var rng = new Random(seed);
        var starts = new List<double> { 0 };
        for (var i = 1; i < count; i++)
        {
            starts.Add(rng.NextDouble() * end);
        }

        starts.Sort();
        return starts;
    }

    private static Episode ReadEpisode(string markdownPath, string outlinePath)
    {
        var lines = File.ReadAllLines(markdownPath);
        var title = lines.Length > 0 ? lines[0].TrimStart('#', ' ') : string.Empty;
        var number = int.Parse(Path.GetFileNameWithoutExtension(markdownPath), CultureInfo.InvariantCulture);
        var heading = Heading().Match(title);
        var guests = heading.Success
            ? heading.Groups["guest"].Value.Split([" & ", " and ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var podcast = heading.Success && heading.Groups["podcast"].Success ? heading.Groups["podcast"].Value.Trim() : null;

        var turns = new List<(string? Speaker, double Seconds, string Text)>();
        string? speaker = null;
        foreach (var line in lines)
        {
            var match = Turn().Match(line);
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups["speaker"].Success && match.Groups["speaker"].Value.Trim().Length > 0)
            {
                speaker = match.Groups["speaker"].Value.Trim();
            }

            var seconds = (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 3600)
                + (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) * 60)
                + int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
            turns.Add((speaker, seconds, match.Groups["text"].Value.Trim()));
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var (who, seconds, text) in turns)
        {
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            var first = true;
            foreach (var piece in SentenceEnd().Split(text))
            {
                var sentence = piece.Trim();
                if (sentence.Length == 0)
                {
                    continue;
                }

                sentences.Add(new Sentence(sentence, first ? TimeSpan.FromSeconds(seconds) : null, who));
                first = false;
            }

            if (sentences.Count > 0)
            {
                paragraphs.Add(new Paragraph(sentences.ToImmutable()));
            }
        }

        var hosts = turns.Where(t => t.Speaker is not null && !guests.Contains(t.Speaker, StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => t.Speaker!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(1).Select(g => g.Key).ToImmutableArray();
        var lastTurn = turns.Count > 0 ? turns[^1] : (null, 0, string.Empty);
        var endSeconds = lastTurn.Seconds + (lastTurn.Text.Split(' ').Length / AnalyzedEpisode.WordsPerMinute * 60) + 1;

        using var outline = JsonDocument.Parse(File.ReadAllText(outlinePath));
        var gold = new List<(double Start, string Title)>();
        foreach (var chapter in outline.RootElement.GetProperty("chapters").EnumerateArray())
        {
            gold.Add((chapter.GetProperty("start_s").GetDouble(), chapter.GetProperty("title").GetString() ?? string.Empty));
        }

        gold.Sort((a, b) => a.Start.CompareTo(b.Start));
        var context = new EpisodeContext { Title = title, PodcastName = podcast, Guests = [.. guests], Hosts = hosts };
        return new Episode(number, context, paragraphs.ToImmutable(), gold, Math.Max(endSeconds, gold.Count > 0 ? gold[^1].Start + 60 : 0));
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }

    private static double Number(Dictionary<string, string> options, string name, double fallback) =>
        options.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    [GeneratedRegex(@"^#?\d+\s*[-–]\s*(?<guest>[^:|]+?)\s*(?::[^|]*)?(?:\|\s*(?<podcast>[^|#]+?)\s*(?:#\d+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:(?<speaker>[^\[]+?)\s+)?\[\((?<h>\d+):(?<m>\d\d):(?<s>\d\d)\)\]\([^)]*\)\s*(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Turn();

    [GeneratedRegex(@"(?<=[.!?…][""”’)]?)\s+(?=[""“(]?[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    private sealed record Episode(int Number, EpisodeContext Context, ImmutableArray<Paragraph> Paragraphs, List<(double Start, string Title)> Gold, double EndSeconds);

    /// <summary>Boundary agreement summed over episodes (macro averages).</summary>
    private sealed class Scores(string name)
    {
        public const string Header = "system            P@60   R@60   F1@60  P@120  R@120  F1@120 Pk     WinDiff count-ratio";

        private readonly List<double[]> rows = [];

        public void Add(List<double> goldStarts, List<double> hypothesisStarts, double end)
        {
            var gold = goldStarts.Where(s => s > 0).Order().ToList();
            var hyp = hypothesisStarts.Where(s => s > 0).Order().ToList();
            var (p60, r60, f60) = Match(gold, hyp, 60);
            var (p120, r120, f120) = Match(gold, hyp, 120);
            var meanSegment = end / (gold.Count + 1);
            var k = Math.Max(1, (int)Math.Round(meanSegment / 2));
            var (pk, wd) = PkWindowDiff(gold, hyp, end, k);
            rows.Add([p60, r60, f60, p120, r120, f120, pk, wd, (double)(hyp.Count + 1) / (gold.Count + 1)]);
        }

        public double MeanPk => rows.Count == 0 ? 0 : rows.Average(r => r[6]);

        public double MeanCountRatio => rows.Count == 0 ? 0 : rows.Average(r => r[8]);

        public string Row()
        {
            var mean = new double[9];
            foreach (var row in rows)
            {
                for (var i = 0; i < mean.Length; i++)
                {
                    mean[i] += row[i] / rows.Count;
                }
            }

            return $"{name,-17} " + string.Join(' ', mean.Select(v => v.ToString("F3", CultureInfo.InvariantCulture).PadRight(6)));
        }

        private static (double P, double R, double F) Match(List<double> gold, List<double> hyp, double tolerance)
        {
            var pairs = new List<(double Distance, int G, int H)>();
            for (var g = 0; g < gold.Count; g++)
            {
                for (var h = 0; h < hyp.Count; h++)
                {
                    var d = Math.Abs(gold[g] - hyp[h]);
                    if (d <= tolerance)
                    {
                        pairs.Add((d, g, h));
                    }
                }
            }

            pairs.Sort();
            var usedG = new HashSet<int>();
            var usedH = new HashSet<int>();
            var matched = 0;
            foreach (var (_, g, h) in pairs)
            {
                if (usedG.Add(g))
                {
                    if (usedH.Add(h))
                    {
                        matched++;
                    }
                    else
                    {
                        usedG.Remove(g);
                    }
                }
            }

            var p = hyp.Count == 0 ? 0 : (double)matched / hyp.Count;
            var r = gold.Count == 0 ? 0 : (double)matched / gold.Count;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        private static (double Pk, double WindowDiff) PkWindowDiff(List<double> gold, List<double> hyp, double end, int k)
        {
            var seconds = (int)Math.Ceiling(end);
            var goldCount = Prefix(gold, seconds);
            var hypCount = Prefix(hyp, seconds);
            double pkErrors = 0, wdErrors = 0, windows = 0;
            for (var t = 0; t + k < seconds; t++)
            {
                var g = goldCount[t + k] - goldCount[t];
                var h = hypCount[t + k] - hypCount[t];
                if ((g == 0) != (h == 0))
                {
                    pkErrors++;
                }

                if (g != h)
                {
                    wdErrors++;
                }

                windows++;
            }

            return windows == 0 ? (0, 0) : (pkErrors / windows, wdErrors / windows);
        }

        // counts[t] = boundaries at or before second t.
        private static int[] Prefix(List<double> boundaries, int seconds)
        {
            var counts = new int[seconds + 1];
            foreach (var b in boundaries)
            {
                var t = Math.Clamp((int)Math.Floor(b), 0, seconds);
                counts[t]++;
            }

            for (var t = 1; t <= seconds; t++)
            {
                counts[t] += counts[t - 1];
            }

            return counts;
        }
    }
}
