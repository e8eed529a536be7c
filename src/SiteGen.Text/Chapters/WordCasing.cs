using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// How each word is written away from sentence starts across the episode, so a heading can keep "Bitcoin" and "MIT"
/// capitalised and put "war" in lower case.
/// </summary>
internal sealed class WordCasing
{
    private readonly Dictionary<string, Stats> words = new(StringComparer.Ordinal);

    public static WordCasing Learn(AnalyzedEpisode episode)
    {
        var casing = new WordCasing();
        var tokens = new List<(int Start, int Length)>();
        foreach (var sentence in episode.Sentences)
        {
            var text = episode.TextOf(sentence);
            tokens.Clear();
            WordTokenizer.Tokenize(text, tokens);
            for (var t = 1; t < tokens.Count; t++)
            {
                var (start, length) = tokens[t];
                var surface = text.Substring(start, length).Replace('\u2019', '\'');
                var lower = surface.ToLowerInvariant();
                if (!casing.words.TryGetValue(lower, out var stats))
                {
                    stats = new Stats();
                    casing.words.Add(lower, stats);
                }

                stats.Count++;
                if (char.IsUpper(surface[0]))
                {
                    stats.Capitalised++;
                }

                stats.Surfaces[surface] = stats.Surfaces.GetValueOrDefault(surface) + 1;
            }
        }

        return casing;
    }

    /// <summary>True when the word is mostly capitalised inside sentences: a name, a brand, an acronym.</summary>
    public bool IsProper(string lowerWord) =>
        words.TryGetValue(lowerWord, out var stats) && stats.Capitalised * 2 > stats.Count;

    /// <summary>The word as a heading writes it: its usual written form when proper, else lower case.</summary>
    public string Display(string lowerWord)
    {
        if (!words.TryGetValue(lowerWord, out var stats) || stats.Capitalised * 2 <= stats.Count)
        {
            return lowerWord;
        }

        string? best = null;
        var bestCount = 0;
        foreach (var (surface, count) in stats.Surfaces)
        {
            if (!char.IsUpper(surface[0]))
            {
                continue;
            }

            if (count > bestCount || (count == bestCount && string.CompareOrdinal(surface, best) < 0))
            {
                best = surface;
                bestCount = count;
            }
        }

        return best ?? lowerWord;
    }

    private sealed class Stats
    {
        public int Count { get; set; }

        public int Capitalised { get; set; }

        public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);
    }
}
