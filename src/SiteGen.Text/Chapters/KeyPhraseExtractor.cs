using System.Runtime.InteropServices;
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
    private const double TitleTermBonus = 2;

    private static readonly string[] AdMarkers =
    [
        "brought to you by", "sponsored by", "our sponsors", "promo code", "use code", "using code", "use the code",
        "support this podcast", "supporting the podcast", "support the podcast", "presented by", "free trial",
        "percent off", "% off",
    ];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "in", "and", "for", "on", "vs" };

    /// <summary>For each range of paragraphs, its candidate phrases, best first (ties by key, ordinal).</summary>
    public static List<KeyPhrase>[] Extract(
        EpisodeWords tokens, IReadOnlyList<(int First, int End)> ranges, WordProfile profile, EpisodeContext context)
    {
        var episode = tokens.Episode;
        var excluded = NameWords(context);

        // What a word may be in a phrase depends on the word alone: decided once per distinct word.
        var isExcluded = new bool[tokens.WordCount];
        var isConnector = new bool[tokens.WordCount];
        var isEdge = new bool[tokens.WordCount];
        var canEnd = new bool[tokens.WordCount];
        var isArticle = new bool[tokens.WordCount];
        for (var w = 0; w < tokens.WordCount; w++)
        {
            var lower = tokens.Lower(w);
            isExcluded[w] = excluded.Contains(lower);
            isConnector[w] = Connectors.Contains(lower);
            isArticle[w] = lower is "the" or "a" or "an";
            isEdge[w] = IsEdge(lower, tokens.Term(w), excluded);
            canEnd[w] = isEdge[w] && profile.CanEndTitle(lower);
        }

        var perChapter = new Dictionary<string, Occurrence>[ranges.Count];
        var totals = new Dictionary<string, (int Count, int Chapters)>(StringComparer.Ordinal);
        var key = new PhraseBuffer();
        var words = new PhraseBuffer();
        for (var c = 0; c < ranges.Count; c++)
        {
            var phrases = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
            var phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
            perChapter[c] = phrases;
            var (first, end) = ranges[c];
            for (var p = first; p < end; p++)
            {
                // A sponsor read names its product over and over; it is no topic of the chapter it falls in.
                if (IsAdRead(episode.Paragraphs[p].Text))
                {
                    continue;
                }

                for (var s = episode.ParagraphFirstSentence[p]; s < episode.ParagraphFirstSentence[p + 1]; s++)
                {
                    var sentenceFirst = tokens.SentenceFirstToken[s];
                    var sentenceEnd = tokens.SentenceFirstToken[s + 1];
                    var text = episode.TextOf(episode.Sentences[s]);
                    for (var i = sentenceFirst; i < sentenceEnd; i++)
                    {
                        // A run of capitalised words is a name even through words that title nothing alone ("New York").
                        var name = NameCased(i) && !isArticle[tokens.Word[i]] && i + 1 < sentenceEnd && tokens.FollowsSpace[i + 1] && NameCased(i + 1);
                        if (!isEdge[tokens.Word[i]] && !(name && !isExcluded[tokens.Word[i]]))
                        {
                            continue;
                        }

                        var connectors = 0;
                        for (var j = i; j < sentenceEnd && j - i < MaxWords; j++)
                        {
                            var word = tokens.Word[j];
                            if (j > i && !tokens.FollowsSpace[j])
                            {
                                break;
                            }

                            if (j > i && isConnector[word])
                            {
                                if (++connectors > 1)
                                {
                                    break;
                                }

                                continue;
                            }

                            name &= NameCased(j);
                            if (isExcluded[word] || (tokens.Term(word) < 0 && !name))
                            {
                                break;
                            }

                            if (!canEnd[word])
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

                                var term = tokens.Term(tokens.Word[t]);
                                key.Append(term >= 0 ? episode.Vocabulary[term] : tokens.Lower(tokens.Word[t]));
                                words.Append(tokens.Lower(tokens.Word[t]));
                            }

                            if (!phraseLookup.TryGetValue(key.Span, out var occurrence))
                            {
                                occurrence = new Occurrence(j - i + 1);
                                phrases.Add(key.Span.ToString(), occurrence);
                            }

                            occurrence.Add(words.Span, name && j > i);
                        }
                    }

                    bool NameCased(int t) =>
                        char.IsUpper(text[tokens.Start[t]]) && (t > sentenceFirst || profile.IsProper(tokens.Lower(tokens.Word[t])));
                }
            }

            foreach (var (phraseKey, occurrence) in phrases)
            {
                ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, phraseKey, out _);
                total = (total.Count + occurrence.Count, total.Chapters + 1);
            }
        }

        var titleTerms = TitleTerms(context, episode.Analyzer);
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
                var isName = occurrence.IsName;
                if (isName || IsEntity(text, profile))
                {
                    score *= EntityBonus;
                }

                // The episode's title names its main subjects; a chapter about one of them is titled by it.
                if (SaysTitleTerm(phraseKey, titleTerms))
                {
                    score *= TitleTermBonus;
                }

                // A phrase said once is a weak heading, but still better than none for a short chapter.
                if (occurrence.Count < 2)
                {
                    score *= 0.2;
                }

                scored.Add(new KeyPhrase(phraseKey, text, score, occurrence.Count, isName, (double)chapterCount / ranges.Count));
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

    private static bool IsEntity(string words, WordProfile profile)
    {
        foreach (var range in words.AsSpan().Split(' '))
        {
            var word = words.AsSpan(range);
            if (!IsConnector(word) && !profile.IsProper(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAdRead(string paragraph)
    {
        foreach (var marker in AdMarkers)
        {
            if (paragraph.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConnector(ReadOnlySpan<char> word) => Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsEdge(string lower, int termId, HashSet<string> excluded) =>
        termId >= 0
        && lower.Length > 1
        && char.IsLetter(lower[0])
        && !lower.EndsWith("ly", StringComparison.Ordinal)
        && !lower.Contains('\'', StringComparison.Ordinal)
        && !TitleFillers.Contains(lower)
        && !excluded.Contains(lower);

    // Stems, as phrase keys spell them; a title word the episode never says adds a term no sentence uses.
    private static HashSet<string> TitleTerms(EpisodeContext context, ContentTermAnalyzer analyzer)
    {
        var ids = new List<int>();
        if (!string.IsNullOrWhiteSpace(context.Title))
        {
            analyzer.AddTerms(context.Title, ids);
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            stems.Add(analyzer.Vocabulary[id]);
        }

        return stems;
    }

    private static bool SaysTitleTerm(string phraseKey, HashSet<string> titleTerms)
    {
        if (titleTerms.Count == 0)
        {
            return false;
        }

        var lookup = titleTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in phraseKey.AsSpan().Split(' '))
        {
            if (lookup.Contains(phraseKey.AsSpan(range)))
            {
                return true;
            }
        }

        return false;
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

        private int named;

        public int Count { get; private set; }

        /// <summary>True when most occurrences were a run of capitalised words.</summary>
        public bool IsName => named * 2 > Count;

        public void Add(ReadOnlySpan<char> words, bool name)
        {
            Count++;
            named += name ? 1 : 0;
            CollectionsMarshal.GetValueRefOrAddDefault(surfaces.GetAlternateLookup<ReadOnlySpan<char>>(), words, out _)++;
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
