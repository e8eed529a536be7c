using System.Globalization;
using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>Gives every chapter a distinct short heading from its most distinctive key phrase.</summary>
internal static class ChapterTitler
{
    public const string IntroductionTitle = "Introduction";

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

        var casing = WordProfile.Learn(episode);
        var phrases = KeyPhraseExtractor.Extract(episode, ranges, casing, context);
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        var usedTitles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firstTopic = 0;
        if (hasIntro)
        {
            titles[0] = IntroductionTitle;
            inline[0] = "the introduction";
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
                var phrase = Pair(phrases[c], i, usedKeys);
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
                var title = "Part " + n.ToString(CultureInfo.InvariantCulture);
                while (!usedTitles.Add(title))
                {
                    n++;
                    title = "Part " + n.ToString(CultureInfo.InvariantCulture);
                }

                titles[c] = title;
                inline[c] = title;
            }
        }

        return (titles, inline);
    }

    private const double PairRatio = 0.6;

    // One word rarely names a whole section; when the next single word is nearly as strong, "War and power" does.
    private static KeyPhrase Pair(List<KeyPhrase> candidates, int index, HashSet<string> usedKeys)
    {
        var best = candidates[index];
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

            if (!next.Words.Contains(' ', StringComparison.Ordinal) && !usedKeys.Contains(next.Key))
            {
                return new KeyPhrase(best.Key + " and " + next.Key, best.Words + " and " + next.Words, best.Score);
            }
        }

        return best;
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
