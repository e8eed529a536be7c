using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Chapters;

/// <summary>
/// Minimal reader for the shared official transcripts (speaker, "(HH:MM:SS)" link, text per turn) and their outlines,
/// only for quality-floor tests; the headers and table of contents are ignored, gold comes from the outline.
/// </summary>
internal sealed partial record OfficialTranscript(EpisodeContext Context, ImmutableArray<Paragraph> Paragraphs, ImmutableArray<double> GoldStarts)
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
            .Select(c => c.GetProperty("start_s").GetDouble()).Order().ToImmutableArray();
        var context = new EpisodeContext
        {
            Guests = [.. guests],
            Hosts = [.. host],
            PodcastName = heading.Success ? heading.Groups["podcast"].Value.Trim() : null,
        };
        return new OfficialTranscript(context, paragraphs.ToImmutable(), gold);
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

    [GeneratedRegex(@"^#\d+\s*[-–]\s*(?<guest>[^:|]+?)\s*(?::[^|]*)?(?:\|\s*(?<podcast>[^|#]+?)\s*(?:#\d+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:(?<speaker>[^\[]+?)\s+)?\[\((?<h>\d+):(?<m>\d\d):(?<s>\d\d)\)\]\([^)]*\)\s*(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Turn();

    [GeneratedRegex(@"(?<=[.!?…][""”’)]?)\s+(?=[""“(]?[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
