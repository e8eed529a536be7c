using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Chapters;

/// <summary>
/// Minimal reader for the shared official transcripts (speaker, "(HH:MM:SS)" link, text per turn) and their outlines,
/// only for quality-floor tests; the headers and table of contents are ignored, gold comes from the outline.
/// </summary>
internal sealed partial record OfficialTranscript(
    EpisodeContext Context, ImmutableArray<Paragraph> Paragraphs, ImmutableArray<double> GoldStarts, ImmutableArray<string> GoldTitles)
{
    public static OfficialTranscript Load(string markdownPath, string outlinePath)
    {
        var lines = File.ReadAllLines(markdownPath);
        var heading = Heading().Match(lines[0].TrimStart('#', ' '));
        var guests = heading.Success ? heading.Groups["guest"].Value.Split([" & ", " and ", ", "], StringSplitOptions.TrimEntries) : [];
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var speakers = new Dictionary<string, int>(StringComparer.Ordinal);
        string? speaker = null;
        foreach (var line in lines)
        {
            var match = Turn().Match(line);
            if (!match.Success)
            {
                continue;
            }

            if (match.Groups["speaker"].Value.Trim() is { Length: > 0 } name)
            {
                speaker = name;
                speakers[name] = speakers.GetValueOrDefault(name) + 1;
            }

            var start = TimeSpan.FromSeconds(
                (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) * 3600)
                + (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) * 60)
                + int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture));
            var sentences = SentenceEnd().Split(match.Groups["text"].Value.Trim())
                .Where(s => s.Length > 0)
                .Select((s, i) => new Sentence(s, i == 0 ? start : null, speaker))
                .ToImmutableArray();
            if (sentences.Length > 0)
            {
                paragraphs.Add(new Paragraph(sentences));
            }
        }

        var host = speakers.Where(s => !guests.Contains(s.Key, StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).Take(1);
        using var outline = JsonDocument.Parse(File.ReadAllText(outlinePath));
        var gold = outline.RootElement.GetProperty("chapters").EnumerateArray()
            .Select(c => (Start: c.GetProperty("start_s").GetDouble(), Title: c.GetProperty("title").GetString() ?? string.Empty))
            .OrderBy(c => c.Start).ToList();
        var context = new EpisodeContext
        {
            Title = lines[0].TrimStart('#', ' '),
            Guests = [.. guests],
            Hosts = [.. host],
            PodcastName = heading.Success ? heading.Groups["podcast"].Value.Trim() : null,
        };
        return new OfficialTranscript(
            context, paragraphs.ToImmutable(), [.. gold.Select(g => g.Start)], [.. gold.Select(g => g.Title)]);
    }

    /// <summary>
    /// Share of our non-introduction titles that share a content-word stem with the gold title of the chapter they
    /// overlap most.
    /// </summary>
    public double TitleOverlap(ImmutableArray<Chapter> chapters)
    {
        var analyzer = new ContentTermAnalyzer();
        var end = Paragraphs[^1].Start!.Value.TotalSeconds + 60;
        var hits = 0;
        var total = 0;
        for (var c = 0; c < chapters.Length; c++)
        {
            if (chapters[c].Title == "Introduction")
            {
                continue;
            }

            var from = chapters[c].Start!.Value.TotalSeconds;
            var to = c + 1 < chapters.Length ? chapters[c + 1].Start!.Value.TotalSeconds : end;
            var best = Enumerable.Range(0, GoldStarts.Length)
                .Select(g => (g, Overlap: Math.Min(to, g + 1 < GoldStarts.Length ? GoldStarts[g + 1] : end) - Math.Max(from, GoldStarts[g])))
                .OrderByDescending(x => x.Overlap).ThenBy(x => x.g).First().g;
            total++;
            if (Terms(analyzer, chapters[c].Title).Overlaps(Terms(analyzer, GoldTitles[best])))
            {
                hits++;
            }
        }

        return total == 0 ? 0 : (double)hits / total;
    }

    private static HashSet<int> Terms(ContentTermAnalyzer analyzer, string text)
    {
        var ids = new List<int>();
        analyzer.AddTerms(text, ids);
        return [.. ids];
    }

    /// <summary>Share of boundaries matched one-to-one within the tolerance, as F1 over both sides.</summary>
    public static double BoundaryF1(IReadOnlyList<double> gold, IReadOnlyList<double> found, double toleranceSeconds)
    {
        var g = gold.Where(s => s > 0).ToList();
        var h = found.Where(s => s > 0).ToList();
        var pairs = g.SelectMany((x, i) => h.Select((y, j) => (Distance: Math.Abs(x - y), i, j)))
            .Where(p => p.Distance <= toleranceSeconds).OrderBy(p => p.Distance).ThenBy(p => p.i).ThenBy(p => p.j);
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        foreach (var (_, i, j) in pairs)
        {
            if (!usedGold.Contains(i) && !usedFound.Contains(j))
            {
                usedGold.Add(i);
                usedFound.Add(j);
            }
        }

        var matched = usedGold.Count;
        if (matched == 0)
        {
            return 0;
        }

        var precision = (double)matched / h.Count;
        var recall = (double)matched / g.Count;
        return 2 * precision * recall / (precision + recall);
    }

    [GeneratedRegex(@"^#?\d+\s*[-–]\s*(?<guest>[^:|]+?)\s*(?::[^|]*)?(?:\|\s*(?<podcast>[^|#]+?)\s*(?:#\d+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:(?<speaker>[^\[]+?)\s+)?\[\((?<h>\d+):(?<m>\d\d):(?<s>\d\d)\)\]\([^)]*\)\s*(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Turn();

    [GeneratedRegex(@"(?<=[.!?…][""”’)]?)\s+(?=[""“(]?[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
