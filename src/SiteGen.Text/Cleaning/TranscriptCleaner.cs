using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Cleaning;

/// <summary>
/// Removes what is not meant to be read from a spoken word stream: non-speech tags, fillers and stutters; writes the
/// pronoun "I" in capitals. Everything else keeps the source's own punctuation and casing.
/// </summary>
/// <remarks>
/// "uh-huh", "mm-hmm" and "uh-oh" are answers or exclamations, not hesitations, so they stay.
/// Repeats are collapsed only for a closed list of words that stutter and are never repeated grammatically;
/// "had had", "that that", "you you" and any repeat carrying punctuation ("no, no", "no. no.") stay.
/// </remarks>
public static class TranscriptCleaner
{
    private const int MaxTagWords = 8;
    private const int MaxParentheticalWords = 4;

    public static ImmutableArray<TimedWord> Clean(ImmutableArray<TimedWord> words)
    {
        if (words.IsDefaultOrEmpty)
        {
            return [];
        }

        var list = RemoveTags(words);
        list = RemoveFillers(list);
        list = CollapseStutters(list);
        list = JoinThousands(list);
        var result = ImmutableArray.CreateBuilder<TimedWord>(list.Count);
        foreach (var word in list)
        {
            result.Add(CapitalisePronoun(word));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Captions write thousands with a space ("30 000 years"); read as two numbers they get a comma between them
    /// ("30, 000"). Only a run ending in "000" is joined: "200 300 years" is a range and "600 600" a stutter.
    /// </summary>
    private static List<TimedWord> JoinThousands(List<TimedWord> words)
    {
        var result = new List<TimedWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var end = i;
            if (IsDigits(words[i].Text, 1, 3))
            {
                while (end + 1 < words.Count && IsDigits(Undotted(words[end + 1].Text), 3, 3) && IsDigits(words[end].Text, 1, 3))
                {
                    end++;
                }

                while (end > i && !Undotted(words[end].Text).StartsWith("000", StringComparison.Ordinal))
                {
                    end--;
                }
            }

            if (end == i)
            {
                result.Add(words[i]);
                continue;
            }

            var text = new System.Text.StringBuilder(words[i].Text);
            for (var j = i + 1; j <= end; j++)
            {
                text.Append(',').Append(words[j].Text);
            }

            result.Add(words[i] with { Text = text.ToString() });
            i = end;
        }

        return result;
    }

    private static bool IsDigits(string text, int min, int max) =>
        text.Length >= min && text.Length <= max && !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    // The last group of a run may carry the sentence's punctuation ("30 000.").
    private static string Undotted(string text) => text.TrimEnd('.', ',', ';', ':', '!', '?');

    private static List<TimedWord> RemoveTags(ImmutableArray<TimedWord> words)
    {
        var kept = new List<TimedWord>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var text = words[i].Text;
            if (string.IsNullOrWhiteSpace(text) || IsMarker(text))
            {
                continue;
            }

            var close = text[0] switch
            {
                '[' => FindClose(words, i, ']', MaxTagWords),
                '(' => FindClose(words, i, ')', MaxParentheticalWords),
                _ => -1,
            };
            if (close >= 0 && (text[0] == '[' || IsNonSpeech(words, i, close)))
            {
                MoveSentenceMark(kept, words[close]);
                i = close;
                continue;
            }

            kept.Add(words[i]);
        }

        return kept;
    }

    /// <summary>Music notes and YouTube's "&gt;&gt;" speaker-change marks.</summary>
    private static bool IsMarker(string text)
    {
        var core = text.AsSpan().Trim(".,;:!?");
        return core is ">>" || (core.Length > 0 && !core.ContainsAnyExcept('♪', '♫'));
    }

    private static int FindClose(ImmutableArray<TimedWord> words, int open, char closer, int maxWords)
    {
        var last = Math.Min(words.Length, open + maxWords);
        for (var j = open; j < last; j++)
        {
            var text = words[j].Text.AsSpan().TrimEnd(".,;:!?");
            if (text.Length > 0 && text[^1] == closer && (j > open || text.Length > 1))
            {
                return j;
            }

            if (j > open && (words[j].Text.Contains('[') || words[j].Text.Contains('(')))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsNonSpeech(ImmutableArray<TimedWord> words, int open, int close)
    {
        for (var j = open; j <= close; j++)
        {
            if (CleaningWords.Contains(CleaningWords.NonSpeech, WordText.Core(words[j].Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TimedWord> RemoveFillers(List<TimedWord> words)
    {
        var kept = new List<TimedWord>(words.Count);
        foreach (var word in words)
        {
            var core = WordText.Core(word.Text);
            if (core.Length > 0 && CleaningWords.Contains(CleaningWords.Fillers, core) && !HasInnerPunctuation(core))
            {
                MoveSentenceMark(kept, word);
                continue;
            }

            kept.Add(word);
        }

        return kept;
    }

    /// <summary>"Mm-hmm" is an answer; its core holds a hyphen, so only plain fillers match.</summary>
    private static bool HasInnerPunctuation(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
        {
            if (!char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A removed word that ended a sentence ("uh." "[Music]?") hands its mark to the word before it.</summary>
    private static void MoveSentenceMark(List<TimedWord> kept, TimedWord removed)
    {
        var mark = WordText.SentenceMark(removed.Text);
        if (mark == '\0' || kept.Count == 0)
        {
            return;
        }

        var previous = kept[^1];
        if (previous.Speaker != removed.Speaker || WordText.SentenceMark(previous.Text) != '\0')
        {
            return;
        }

        var trailing = WordText.Trailing(previous.Text);
        var bare = previous.Text[..^trailing.Length];
        // A comma or dash before the removed filler gives way to the stronger mark.
        var closers = trailing.ToString().Where(WordText.IsCloser).ToArray();
        kept[^1] = previous with { Text = bare + mark + new string(closers) };
    }

    private static List<TimedWord> CollapseStutters(List<TimedWord> words)
    {
        var kept = new List<TimedWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i + 3 < words.Count && IsRepeatedPair(words, i))
            {
                // "in the in the" -> "in the": the second pair carries on.
                words[i + 2] = Inherit(word, words[i + 2]);
                i++;
                continue;
            }

            if (i + 1 < words.Count && IsStutter(word, words[i + 1]))
            {
                words[i + 1] = Inherit(word, words[i + 1]);
                continue;
            }

            kept.Add(word);
        }

        return kept;
    }

    private static bool IsStutter(TimedWord word, TimedWord next)
    {
        if (word.Speaker != next.Speaker || WordText.Leading(next.Text).Length > 0)
        {
            return false;
        }

        var trailing = WordText.Trailing(word.Text);
        var core = WordText.Core(word.Text);
        if (core.Length == 0)
        {
            return false;
        }

        var nextCore = WordText.Core(next.Text);
        if (trailing is "-" or "—" or "–")
        {
            // A cut-off start: "th- the", "wh- what".
            return nextCore.Length > core.Length && nextCore.StartsWith(core, StringComparison.OrdinalIgnoreCase);
        }

        if (trailing.Length > 0)
        {
            return false;
        }

        if (nextCore.Equals(core, StringComparison.OrdinalIgnoreCase))
        {
            return CleaningWords.Contains(CleaningWords.Stutters, core);
        }

        // "we we're", "it it's": a word followed by its own contraction.
        return CleaningWords.Contains(CleaningWords.Contractable, core)
            && nextCore.Length > core.Length + 1
            && nextCore.StartsWith(core, StringComparison.OrdinalIgnoreCase)
            && nextCore[core.Length] is '\'' or '’';
    }

    private static bool IsRepeatedPair(List<TimedWord> words, int i)
    {
        var (a, b, c, d) = (words[i], words[i + 1], words[i + 2], words[i + 3]);
        if (a.Speaker != d.Speaker || a.Speaker != b.Speaker || a.Speaker != c.Speaker)
        {
            return false;
        }

        if (WordText.Trailing(a.Text).Length > 0 || WordText.Trailing(b.Text).Length > 0 || WordText.Leading(c.Text).Length > 0)
        {
            return false;
        }

        var first = WordText.Core(a.Text);
        var second = WordText.Core(b.Text);
        return first.Length > 0 && second.Length > 0
            && WordText.Core(c.Text).Equals(first, StringComparison.OrdinalIgnoreCase)
            && WordText.Core(d.Text).Equals(second, StringComparison.OrdinalIgnoreCase)
            && CleaningWords.Contains(CleaningWords.FunctionWords, first) && CleaningWords.Contains(CleaningWords.FunctionWords, second);
    }

    /// <summary>The kept word takes the dropped word's time, leading punctuation and capital.</summary>
    private static TimedWord Inherit(TimedWord dropped, TimedWord kept)
    {
        var text = kept.Text;
        var leading = WordText.Leading(dropped.Text);
        if (leading.Length > 0 && WordText.Leading(text).Length == 0)
        {
            text = string.Concat(leading, text);
        }

        var core = WordText.Core(dropped.Text);
        if (core.Length > 0 && char.IsUpper(core[0]))
        {
            text = WordText.CapitaliseFirst(text);
        }

        return kept with { Text = text, Start = dropped.Start ?? kept.Start };
    }

    private static TimedWord CapitalisePronoun(TimedWord word)
    {
        var core = WordText.Core(word.Text);
        if (core.Length == 0 || core[0] != 'i' || !CleaningWords.FirstPerson.Contains(core.ToString().Replace('’', '\'')))
        {
            return word;
        }

        var at = WordText.Leading(word.Text).Length;
        return word with { Text = string.Concat(word.Text.AsSpan(0, at), "I", word.Text.AsSpan(at + 1)) };
    }
}
