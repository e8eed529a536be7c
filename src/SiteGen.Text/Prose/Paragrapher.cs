using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SiteGen.Text.Prose;

/// <summary>
/// Groups sentences into paragraphs of a few sentences each. A paragraph never mixes speakers. Within one speaker's
/// turn the breaks are chosen together (dynamic programming) to keep paragraphs near the target size while
/// preferring natural breaks: a pause, a discourse opener ("So,", "Now,", "Anyway", "Okay", "But"), after a question.
/// </summary>
public static class Paragrapher
{
    private const int MinWords = 60;
    private const int MaxWords = 140;
    private const int MaxSentences = 6;
    private const int HardMaxWords = 320;
    private const double WordScale = 15.0;

    /// <summary>Speaking faster than this many seconds per word makes the rest of the gap a pause.</summary>
    private const double SecondsPerWord = 0.45;
    private static readonly TimeSpan PauseThreshold = TimeSpan.FromSeconds(1.5);

    private static readonly FrozenSet<string> Openers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "so", "now", "anyway", "anyways", "okay", "ok", "but", "well", "alright", "actually", "look", "listen",
        "meanwhile", "however", "first", "second", "third", "finally", "secondly", "lastly", "also", "still");

    public static ImmutableArray<Paragraph> Group(ImmutableArray<Sentence> sentences)
    {
        if (sentences.IsDefaultOrEmpty)
        {
            return [];
        }

        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var runStart = 0;
        for (var i = 1; i <= sentences.Length; i++)
        {
            if (i == sentences.Length || sentences[i].Speaker != sentences[runStart].Speaker)
            {
                GroupTurn(sentences.AsSpan(runStart, i - runStart), paragraphs);
                runStart = i;
            }
        }

        return paragraphs.ToImmutable();
    }

    private static void GroupTurn(ReadOnlySpan<Sentence> turn, ImmutableArray<Paragraph>.Builder paragraphs)
    {
        var n = turn.Length;
        var words = new int[n];
        var bonus = new double[n];
        for (var i = 0; i < n; i++)
        {
            words[i] = CountWords(turn[i].Text);
            bonus[i] = i == 0 ? 0 : BreakBonus(turn[i - 1], words[i - 1], turn[i]);
        }

        // best[j]: lowest cost of splitting the first j sentences; from[j]: where the last paragraph starts.
        var best = new double[n + 1];
        var from = new int[n + 1];
        for (var j = 1; j <= n; j++)
        {
            best[j] = double.PositiveInfinity;
            var total = 0;
            for (var i = j - 1; i >= 0; i--)
            {
                total += words[i];
                var count = j - i;
                if (count > 1 && total > HardMaxWords)
                {
                    break;
                }

                var cost = best[i] + SizeCost(total, count) - bonus[i];
                // Ties go to the longer paragraph, which keeps the result independent of scan order.
                if (cost <= best[j])
                {
                    best[j] = cost;
                    from[j] = i;
                }
            }
        }

        var starts = new Stack<int>();
        for (var j = n; j > 0; j = from[j])
        {
            starts.Push(from[j]);
        }

        while (starts.Count > 0)
        {
            var start = starts.Pop();
            var end = starts.Count > 0 ? starts.Peek() : n;
            paragraphs.Add(new Paragraph([.. turn[start..end]]));
        }
    }

    private static double SizeCost(int words, int sentences)
    {
        var under = Math.Max(0, MinWords - words) / WordScale;
        var over = Math.Max(0, words - MaxWords) / WordScale;
        var extra = Math.Max(0, sentences - MaxSentences);
        // The constant makes every paragraph cost something, so breaks must earn their place.
        return 1.0 + under * under + over * over + 0.5 * extra * extra;
    }

    private static double BreakBonus(Sentence previous, int previousWords, Sentence next)
    {
        var bonus = 0.0;
        if (previous.Start is { } a && next.Start is { } b)
        {
            var pause = (b - a).TotalSeconds - previousWords * SecondsPerWord;
            if (pause >= PauseThreshold.TotalSeconds)
            {
                bonus += 1.5;
            }
        }

        if (IsOpener(next.Text))
        {
            bonus += 1.0;
        }

        if (WordText.SentenceMark(previous.Text) == '?')
        {
            bonus += 0.75;
        }

        return bonus;
    }

    private static bool IsOpener(string text)
    {
        var space = text.IndexOf(' ');
        var first = WordText.Core(space < 0 ? text : text[..space]);
        return Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
