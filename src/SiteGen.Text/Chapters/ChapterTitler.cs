using System.Globalization;
using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>Gives every chapter a distinct short heading from its most distinctive key phrase.</summary>
internal static class ChapterTitler
{
    public const string IntroductionTitle = "Introduction";

    public const string IntroductionInline = "the introduction";

    private const string FallbackPrefix = "Part ";

    private const int CandidatesPerChapter = 30;

    /// <summary>
    /// Titles for <paramref name="ranges"/> (the first is "Introduction" when <paramref name="hasIntro"/>), and the
    /// same phrases as they read inside a sentence (no forced capital).
    /// </summary>
    public static (string[] Titles, string[] Inline) Title(
        AnalyzedEpisode episode, IReadOnlyList<(int First, int End)> ranges, bool hasIntro, EpisodeContext context)
    {
        var titles = new string[ranges.Count];
        var inline = new string[ranges.Count];
        if (ranges.Count == 0)
        {
            return (titles, inline);
        }

        var tokens = EpisodeWords.Of(episode);
        var casing = WordProfile.Learn(tokens);
        var phrases = KeyPhraseExtractor.Extract(tokens, ranges, casing, context);
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        var usedTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstTopic = 0;
        if (hasIntro)
        {
            titles[0] = IntroductionTitle;
            inline[0] = IntroductionInline;
            usedTitles.Add(IntroductionTitle);
            firstTopic = 1;
        }

        // Chapters with the clearest topic choose first, so a weak chapter cannot take a strong one's phrase.
        var order = new List<int>();
        for (var c = firstTopic; c < ranges.Count; c++)
        {
            order.Add(c);
        }

        order.Sort((a, b) =>
        {
            var sa = phrases[a].Count > 0 ? phrases[a][0].Score : 0;
            var sb = phrases[b].Count > 0 ? phrases[b][0].Score : 0;
            var byScore = sb.CompareTo(sa);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });

        foreach (var c in order)
        {
            var limit = Math.Min(CandidatesPerChapter, phrases[c].Count);
            for (var i = 0; i < limit && titles[c] is null; i++)
            {
                var phrase = Pair(phrases[c], Expand(phrases[c], i), i, usedKeys);
                var title = Display(phrase.Words, casing, capitalizeFirst: true);
                if (!usedKeys.Contains(phrase.Key) && usedTitles.Add(title))
                {
                    usedKeys.Add(phrase.Key);
                    titles[c] = title;
                    inline[c] = Display(phrase.Words, casing, capitalizeFirst: false);
                }
            }
        }

        for (var c = firstTopic; c < ranges.Count; c++)
        {
            if (titles[c] is null)
            {
                var n = c - firstTopic + 1;
                var title = FallbackPrefix + n.ToString(CultureInfo.InvariantCulture);
                while (!usedTitles.Add(title))
                {
                    n++;
                    title = FallbackPrefix + n.ToString(CultureInfo.InvariantCulture);
                }

                titles[c] = title;
                inline[c] = title;
            }
        }

        return (titles, inline);
    }

    private const double PairRatio = 0.6;

    // Searching further down the list for a longer form of a word costs little and finds "Satoshi Nakamoto".
    private const int ExpandDepth = 200;

    // A word mostly said as part of a longer phrase ("Andrew" in "Andrew Breitbart") is titled by that phrase.
    private static KeyPhrase Expand(List<KeyPhrase> candidates, int index)
    {
        var word = candidates[index];
        if (word.Key.Contains(' ', StringComparison.Ordinal))
        {
            return word;
        }

        for (var j = 0; j < candidates.Count && j < ExpandDepth; j++)
        {
            var longer = candidates[j];
            if (j == index || longer.Count * 2 < word.Count || !longer.Key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (HasWord(longer.Key, word.Key))
            {
                return longer;
            }
        }

        return word;
    }

    // True when one of the space-separated words of a phrase key is word.
    private static bool HasWord(string key, string word)
    {
        var at = 0;
        while ((at = key.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
            {
                return true;
            }

            at++;
        }

        return false;
    }

    // One word rarely names a whole section; when the next single word is nearly as strong, "War and power" does.
    private static KeyPhrase Pair(List<KeyPhrase> candidates, KeyPhrase best, int index, HashSet<string> usedKeys)
    {
        if (best.Words.Contains(' ', StringComparison.Ordinal))
        {
            return best;
        }

        for (var j = index + 1; j < candidates.Count && j < index + 4; j++)
        {
            var next = candidates[j];
            if (next.Score < best.Score * PairRatio)
            {
                break;
            }

            if (next.Words.Contains(' ', StringComparison.Ordinal) || usedKeys.Contains(next.Key))
            {
                continue;
            }

            // "Theory" and "string" said together are "string theory".
            var nextThenBest = next.Key + " " + best.Key;
            var bestThenNext = best.Key + " " + next.Key;
            foreach (var candidate in candidates)
            {
                if (candidate.Key == nextThenBest || candidate.Key == bestThenNext)
                {
                    return candidate;
                }
            }

            if (!Related(best.Words, next.Words))
            {
                return new KeyPhrase(best.Key + " and " + next.Key, best.Words + " and " + next.Words, best.Score, best.Count);
            }
        }

        return best;
    }

    // "Marinecoin and Marine" repeats itself.
    private static bool Related(string a, string b) =>
        a.StartsWith(b[..Math.Min(b.Length, 5)], StringComparison.Ordinal) || b.StartsWith(a[..Math.Min(a.Length, 5)], StringComparison.Ordinal);

    /// <summary>True for the numbered heading of a chapter no phrase could name.</summary>
    public static bool IsFallback(string title) => title.StartsWith(FallbackPrefix, StringComparison.Ordinal);

    /// <summary>The first word of a topic title as the episode's words were keyed (lower case, straight apostrophe).</summary>
    public static string FirstWordLower(string title)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? title : title[..space];
        return string.Create(word.Length, word, static (chars, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                chars[i] = char.ToLowerInvariant(w[i] == '\u2019' ? '\'' : w[i]);
            }
        });
    }

    /// <summary>Sentence case: the first word capitalised, later words only when they are proper nouns.</summary>
    public static string Display(string lowerWords, WordProfile casing, bool capitalizeFirst)
    {
        var words = lowerWords.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = casing.Display(words[i]);
        }

        var first = words[0];
        if (capitalizeFirst && first.Length > 0 && char.IsLower(first[0]))
        {
            words[0] = char.ToUpperInvariant(first[0]) + first[1..];
        }

        return string.Join(' ', words);
    }
}
