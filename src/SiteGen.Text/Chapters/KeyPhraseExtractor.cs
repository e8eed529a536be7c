using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Scores n-grams (1-4 words, content words at both ends, at most one inner "of/in/and/for/on/vs") of each chapter
/// by frequency times (damped) IDF against the other chapters, favouring longer phrases and capitalised entities.
/// </summary>
internal static class KeyPhraseExtractor
{
    private const int MaxWords = 4;

    // Gold headings name what a chapter talks about most; rarity across chapters matters, but less than frequency.
    private const double IdfPower = 0.5;
    private const double EntityBonus = 1.5;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "in", "and", "for", "on", "vs" };

    /// <summary>For each range of paragraphs, its candidate phrases, best first (ties by key, ordinal).</summary>
    public static List<KeyPhrase>[] Extract(
        AnalyzedEpisode episode, IReadOnlyList<(int First, int End)> ranges, WordProfile profile, EpisodeContext context)
    {
        var excluded = NameWords(context);
        var perChapter = new Dictionary<string, Occurrence>[ranges.Count];
        var totals = new Dictionary<string, (int Count, int Chapters)>(StringComparer.Ordinal);
        var tokens = new List<(int Start, int Length)>();
        var lowers = new List<string>();
        var termIds = new List<int>();
        var key = new PhraseBuffer();
        var words = new PhraseBuffer();
        var lowered = new Dictionary<string, string>(StringComparer.Ordinal);
        var loweredLookup = lowered.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var c = 0; c < ranges.Count; c++)
        {
            var phrases = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
            var phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
            perChapter[c] = phrases;
            var (first, end) = ranges[c];
            for (var s = episode.ParagraphFirstSentence[first]; s < episode.ParagraphFirstSentence[end]; s++)
            {
                var text = episode.TextOf(episode.Sentences[s]);
                tokens.Clear();
                lowers.Clear();
                termIds.Clear();
                WordTokenizer.Tokenize(text, tokens);
                foreach (var (start, length) in tokens)
                {
                    var lower = Lower(text.AsSpan(start, length), loweredLookup);
                    lowers.Add(lower);
                    termIds.Add(episode.Analyzer.TermOf(lower));
                }

                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!IsEdge(lowers[i], termIds[i], excluded))
                    {
                        continue;
                    }

                    var connectors = 0;
                    for (var j = i; j < tokens.Count && j - i < MaxWords; j++)
                    {
                        if (j > i && !Adjacent(text, tokens[j - 1], tokens[j]))
                        {
                            break;
                        }

                        if (j > i && Connectors.Contains(lowers[j]))
                        {
                            if (++connectors > 1)
                            {
                                break;
                            }

                            continue;
                        }

                        if (termIds[j] < 0 || excluded.Contains(lowers[j]))
                        {
                            break;
                        }

                        if (!IsEdge(lowers[j], termIds[j], excluded) || !profile.CanEndTitle(lowers[j]))
                        {
                            continue;
                        }

                        key.Clear();
                        words.Clear();
                        for (var t = i; t <= j; t++)
                        {
                            if (t > i)
                            {
                                key.Append(" ");
                                words.Append(" ");
                            }

                            key.Append(termIds[t] >= 0 ? episode.Vocabulary[termIds[t]] : lowers[t]);
                            words.Append(lowers[t]);
                        }

                        if (!phraseLookup.TryGetValue(key.Span, out var occurrence))
                        {
                            occurrence = new Occurrence(j - i + 1);
                            phrases.Add(key.Span.ToString(), occurrence);
                        }

                        occurrence.Add(words.Span);
                    }
                }
            }

            foreach (var (phraseKey, occurrence) in phrases)
            {
                var total = totals.GetValueOrDefault(phraseKey);
                totals[phraseKey] = (total.Count + occurrence.Count, total.Chapters + 1);
            }
        }

        var result = new List<KeyPhrase>[ranges.Count];
        for (var c = 0; c < ranges.Count; c++)
        {
            var scored = new List<KeyPhrase>();
            foreach (var (phraseKey, occurrence) in perChapter[c])
            {
                var chapterCount = totals[phraseKey].Chapters;
                var text = occurrence.UsualWords();
                var idf = Math.Log(1.0 + ((double)ranges.Count / chapterCount));
                var score = occurrence.Count * Math.Pow(idf, IdfPower) * LengthBonus(occurrence.WordCount);
                if (IsEntity(text, profile))
                {
                    score *= EntityBonus;
                }

                // A phrase said once is a weak heading, but still better than none for a short chapter.
                if (occurrence.Count < 2)
                {
                    score *= 0.2;
                }

                scored.Add(new KeyPhrase(phraseKey, text, score, occurrence.Count));
            }

            scored.Sort(static (a, b) =>
            {
                var byScore = b.Score.CompareTo(a.Score);
                return byScore != 0 ? byScore : string.CompareOrdinal(a.Key, b.Key);
            });
            result[c] = scored;
        }

        return result;
    }

    private static double LengthBonus(int words) => words switch
    {
        1 => 1.0,
        2 => 1.6,
        _ => 1.8,
    };

    // One lower-case string per distinct word of the episode, not one per token.
    private static string Lower(ReadOnlySpan<char> token, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lowered)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        if (!lowered.TryGetValue(buffer, out var lower))
        {
            lower = new string(buffer);
            lowered[lower] = lower;
        }

        return lower;
    }

    private static bool IsEntity(string words, WordProfile profile)
    {
        foreach (var word in words.Split(' '))
        {
            if (!Connectors.Contains(word) && !profile.IsProper(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEdge(string lower, int termId, HashSet<string> excluded) =>
        termId >= 0
        && lower.Length > 1
        && char.IsLetter(lower[0])
        && !lower.EndsWith("ly", StringComparison.Ordinal)
        && !lower.Contains('\'', StringComparison.Ordinal)
        && !TitleFillers.Contains(lower)
        && !excluded.Contains(lower);

    private static bool Adjacent(string text, (int Start, int Length) previous, (int Start, int Length) next)
    {
        var gap = text.AsSpan(previous.Start + previous.Length, next.Start - previous.Start - previous.Length);
        return gap.Length == 1 && gap[0] == ' ';
    }

    // Guests and hosts are named throughout; their names title nothing.
    private static HashSet<string> NameWords(EpisodeContext context)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<(int Start, int Length)>();
        void AddAll(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            tokens.Clear();
            WordTokenizer.Tokenize(text, tokens);
            foreach (var (start, length) in tokens)
            {
                words.Add(WordTokenizer.Normalize(text.AsSpan(start, length)));
            }
        }

        foreach (var name in context.Guests.IsDefault ? [] : context.Guests)
        {
            AddAll(name);
        }

        foreach (var name in context.Hosts.IsDefault ? [] : context.Hosts)
        {
            AddAll(name);
        }

        AddAll(context.PodcastName);
        words.Remove("podcast");
        return words;
    }

    private sealed class Occurrence(int wordCount)
    {
        private readonly Dictionary<string, int> surfaces = new(StringComparer.Ordinal);

        public int WordCount { get; } = wordCount;

        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> words)
        {
            Count++;
            var lookup = surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
            lookup[words] = lookup.TryGetValue(words, out var seen) ? seen + 1 : 1;
        }

        public string UsualWords()
        {
            string? best = null;
            var bestCount = 0;
            foreach (var (words, count) in surfaces)
            {
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(words, best) < 0))
                {
                    best = words;
                    bestCount = count;
                }
            }

            return best ?? string.Empty;
        }
    }
}
