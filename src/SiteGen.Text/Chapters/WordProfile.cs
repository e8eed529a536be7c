using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// How each word is used across the episode: how it is written away from sentence starts, so a heading can keep
/// "Bitcoin" and "MIT" capitalised and put "war" in lower case; and how often it follows a determiner, a cheap sign of
/// a noun where no tagger is at hand.
/// </summary>
internal sealed class WordProfile
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its", "some",
        "any", "no", "every", "each", "of", "about",
    };

    private const int MaxDeterminerLength = 5;

    private static readonly string[] AdjectiveEndings = ["ly", "ous", "ful", "able", "ible", "ive", "less", "ish", "est"];

    private readonly Dictionary<string, Stats> words = new(StringComparer.Ordinal);

    public static WordProfile Learn(AnalyzedEpisode episode)
    {
        var casing = new WordProfile();
        var lookup = casing.words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> surface = stackalloc char[128];
        Span<char> lower = stackalloc char[128];
        Span<char> previousLower = stackalloc char[MaxDeterminerLength];
        var determiners = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<(int Start, int Length)>();
        foreach (var sentence in episode.Sentences)
        {
            var text = episode.TextOf(sentence);
            tokens.Clear();
            WordTokenizer.Tokenize(text, tokens);
            for (var t = 1; t < tokens.Count; t++)
            {
                var (start, length) = tokens[t];
                if (length > surface.Length)
                {
                    continue;
                }

                for (var i = 0; i < length; i++)
                {
                    var c = text[start + i];
                    surface[i] = c == '\u2019' ? '\'' : c;
                    lower[i] = char.ToLowerInvariant(surface[i]);
                }

                var word = surface[..length];
                if (!lookup.TryGetValue(lower[..length], out var stats))
                {
                    stats = new Stats();
                    casing.words.Add(lower[..length].ToString(), stats);
                }

                stats.Count++;
                if (char.IsUpper(word[0]))
                {
                    stats.Capitalised++;
                }

                var surfaces = stats.Surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
                surfaces[word] = surfaces.TryGetValue(word, out var seen) ? seen + 1 : 1;
                var (previousStart, previousLength) = tokens[t - 1];
                var gap = text.AsSpan(previousStart + previousLength, start - previousStart - previousLength);
                if (gap is " " && previousLength <= MaxDeterminerLength)
                {
                    text.AsSpan(previousStart, previousLength).ToLowerInvariant(previousLower);
                    if (determiners.Contains(previousLower[..previousLength]))
                    {
                        stats.AfterDeterminer++;
                    }
                }
            }
        }

        return casing;
    }

    /// <summary>
    /// Those of <paramref name="lowerWords"/> that <see cref="IsProper"/> would call proper, counted the same way but
    /// without learning every other word of the episode.
    /// </summary>
    public static HashSet<string> ProperAmong(AnalyzedEpisode episode, IReadOnlySet<string> lowerWords)
    {
        var counts = new Dictionary<string, (int Count, int Capitalised)>(StringComparer.Ordinal);
        var proper = new HashSet<string>(StringComparer.Ordinal);
        if (lowerWords.Count == 0)
        {
            return proper;
        }

        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in lowerWords)
        {
            counts[word] = (0, 0);
        }

        Span<char> lower = stackalloc char[128];
        var tokens = new List<(int Start, int Length)>();
        foreach (var sentence in episode.Sentences)
        {
            var text = episode.TextOf(sentence);
            tokens.Clear();
            WordTokenizer.Tokenize(text, tokens);
            for (var t = 1; t < tokens.Count; t++)
            {
                var (start, length) = tokens[t];
                if (length > lower.Length)
                {
                    continue;
                }

                for (var i = 0; i < length; i++)
                {
                    var c = text[start + i];
                    lower[i] = char.ToLowerInvariant(c == '\u2019' ? '\'' : c);
                }

                if (lookup.TryGetValue(lower[..length], out var seen))
                {
                    lookup[lower[..length]] = (seen.Count + 1, seen.Capitalised + (char.IsUpper(text[start]) ? 1 : 0));
                }
            }
        }

        foreach (var (word, (count, capitalised)) in counts)
        {
            if (capitalised * 2 > count)
            {
                proper.Add(word);
            }
        }

        return proper;
    }

    /// <summary>True when the word is mostly capitalised inside sentences: a name, a brand, an acronym.</summary>
    public bool IsProper(string lowerWord) =>
        words.TryGetValue(lowerWord, out var stats) && stats.Capitalised * 2 > stats.Count;

    /// <summary>
    /// True when the word can head a noun phrase: a proper noun, or a word seen after a determiner ("the inflation")
    /// that does not end like an adjective or adverb.
    /// </summary>
    public bool CanEndTitle(string lowerWord)
    {
        if (!words.TryGetValue(lowerWord, out var stats))
        {
            return false;
        }

        if (stats.Capitalised * 2 > stats.Count)
        {
            return true;
        }

        if (stats.AfterDeterminer == 0 || lowerWord.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        // "-al" words are mostly adjectives ("emotional"); the nouns among them ("animal") show a plural somewhere.
        if (lowerWord.EndsWith("al", StringComparison.Ordinal) && !words.ContainsKey(lowerWord + "s"))
        {
            return false;
        }

        foreach (var ending in AdjectiveEndings)
        {
            if (lowerWord.EndsWith(ending, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

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

        public int AfterDeterminer { get; set; }

        public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);
    }
}
