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

    // Words before which a verb comes rather than a noun: subjects, "to", modals, negations.
    private static readonly HashSet<string> VerbMarkers = new(StringComparer.Ordinal)
    {
        "i", "you", "we", "they", "he", "she", "to", "can", "could", "will", "would", "should", "might", "must", "don't",
        "didn't", "doesn't", "won't", "can't", "let's", "i'll", "we'll", "you'll",
    };

    // Prepositions that take a noun after them (where a verb would need "-ing").
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "for", "with", "on", "from", "into", "like" };

    private const double MinNounShare = 0.15;

    private const double MaxModifierShare = 0.5;

    // ContentTermAnalyzer.AddTerms skips longer tokens.
    private const int MaxAnalysedWordLength = 64;

    private static readonly string[] AdjectiveEndings = ["ly", "ous", "ful", "able", "ible", "ive", "less", "ish", "est"];

    private readonly Dictionary<string, Stats> words = new(StringComparer.Ordinal);

    public static WordProfile Learn(EpisodeWords tokens)
    {
        var casing = new WordProfile();
        var stats = new Stats?[tokens.WordCount];
        var isDeterminer = new bool[tokens.WordCount];
        var isPreposition = new bool[tokens.WordCount];
        var isVerbMarker = new bool[tokens.WordCount];
        for (var w = 0; w < isDeterminer.Length; w++)
        {
            var lower = tokens.Lower(w);
            isDeterminer[w] = lower.Length <= MaxDeterminerLength && Determiners.Contains(lower);
            isPreposition[w] = Prepositions.Contains(lower);
            isVerbMarker[w] = VerbMarkers.Contains(lower);
        }

        Span<char> buffer = stackalloc char[128];
        var episode = tokens.Episode;
        for (var s = 0; s < episode.Sentences.Length; s++)
        {
            var text = episode.TextOf(episode.Sentences[s]);
            var first = tokens.SentenceFirstToken[s];
            for (var t = first + 1; t < tokens.SentenceFirstToken[s + 1]; t++)
            {
                var length = tokens.Length[t];
                if (length > 128)
                {
                    continue;
                }

                var word = tokens.Word[t];
                var stat = stats[word] ??= new Stats();
                stat.Count++;
                var start = tokens.Start[t];

                // Only capitalised spellings are ever displayed, so only they are counted.
                if (char.IsUpper(text[start]))
                {
                    stat.Capitalised++;
                    var surfaces = stat.Surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
                    var surface = text.AsSpan(start, length);
                    if (surface.Contains('\u2019'))
                    {
                        var folded = buffer[..length];
                        surface.Replace(folded, '\u2019', '\'');
                        surfaces[folded] = surfaces.TryGetValue(folded, out var seen) ? seen + 1 : 1;
                    }
                    else
                    {
                        surfaces[surface] = surfaces.TryGetValue(surface, out var seen) ? seen + 1 : 1;
                    }
                }

                if (tokens.FollowsSpace[t])
                {
                    var previous = tokens.Word[t - 1];
                    stat.AfterDeterminer += isDeterminer[previous] ? 1 : 0;
                    stat.NounContext += isDeterminer[previous] || isPreposition[previous] ? 1 : 0;
                    stat.VerbContext += isVerbMarker[previous] ? 1 : 0;
                }

                if (t + 1 < tokens.SentenceFirstToken[s + 1] && tokens.FollowsSpace[t + 1] && tokens.Term(tokens.Word[t + 1]) >= 0)
                {
                    stat.BeforeContent++;
                }
            }
        }

        for (var w = 0; w < stats.Length; w++)
        {
            if (stats[w] is { } stat)
            {
                casing.words.Add(tokens.Lower(w), stat);
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

        // A sentence that says one of the words lists its term, so only those sentences need tokenising; the
        // analyser keeps no term for a word longer than it reads, so such a word sends every sentence through.
        var terms = new HashSet<int>();
        var everySentence = false;
        foreach (var word in lowerWords)
        {
            var term = word.Length <= MaxAnalysedWordLength ? episode.Analyzer.TermOf(word) : -1;
            everySentence |= term < 0;
            terms.Add(term);
        }

        Span<char> lower = stackalloc char[128];
        var tokens = new List<(int Start, int Length)>();
        foreach (var sentence in episode.Sentences)
        {
            if (!everySentence && !Says(episode.TermsOf(sentence), terms))
            {
                continue;
            }

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

    private static bool Says(ReadOnlySpan<int> sentenceTerms, HashSet<int> terms)
    {
        foreach (var term in sentenceTerms)
        {
            if (terms.Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the word is mostly capitalised inside sentences: a name, a brand, an acronym.</summary>
    public bool IsProper(ReadOnlySpan<char> lowerWord) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowerWord, out var stats) && stats.Capitalised * 2 > stats.Count;

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

    /// <summary>
    /// True when the word can stand alone as a heading: a proper noun, or a noun by the signs at hand — it heads a noun
    /// phrase (<see cref="CanEndTitle"/>), follows determiners and prepositions more often than subjects, "to" and
    /// modals (which rules out verbs such as "eat"), and is not
    /// mostly the modifier of a following content word, as adjectives are ("sensory input", "young people").
    /// </summary>
    public bool IsNounLike(string lowerWord)
    {
        if (!words.TryGetValue(lowerWord, out var stats) || stats.Count == 0)
        {
            return false;
        }

        if (stats.Capitalised * 2 > stats.Count)
        {
            return true;
        }

        return CanEndTitle(lowerWord)
            && !IsVerbLike(stats)
            && stats.NounContext >= MinNounShare * stats.Count
            && stats.BeforeContent <= MaxModifierShare * stats.Count;
    }

    /// <summary>
    /// True when the word is more often said where a verb goes (after a subject, "to" or a modal) than where a noun
    /// goes, and seldom after a determiner: the last word of "runners eat". The head of a compound ("quantum
    /// mechanics") follows its modifier, not a determiner, so it is judged by this alone.
    /// </summary>
    public bool IsVerbLike(string lowerWord) => words.TryGetValue(lowerWord, out var stats) && IsVerbLike(stats);

    /// <summary>
    /// <see cref="IsVerbLike"/> with evidence: the word was said after a subject, "to" or a modal at least once. The
    /// middle word of a compound ("Olympic caliber athlete") is seen in no such context and is no verb.
    /// </summary>
    public bool IsSaidAsVerb(string lowerWord) => words.TryGetValue(lowerWord, out var stats) && stats.VerbContext > 0 && IsVerbLike(stats);

    private static bool IsVerbLike(Stats stats) =>
        stats.Capitalised * 2 <= stats.Count && stats.VerbContext >= stats.NounContext && stats.AfterDeterminer < MinNounShare * stats.Count;

    /// <summary>Share of the word's uses (away from sentence starts) right after a determiner.</summary>
    public double NounShare(string lowerWord) =>
        words.TryGetValue(lowerWord, out var stats) && stats.Count > 0 ? (double)stats.AfterDeterminer / stats.Count : 0;

    /// <summary>Share of the word's uses right before another content word.</summary>
    public double ModifierShare(string lowerWord) =>
        words.TryGetValue(lowerWord, out var stats) && stats.Count > 0 ? (double)stats.BeforeContent / stats.Count : 0;

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

        public int BeforeContent { get; set; }

        public int NounContext { get; set; }

        public int VerbContext { get; set; }

        public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);
    }
}
