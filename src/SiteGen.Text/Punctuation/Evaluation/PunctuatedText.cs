namespace SiteGen.Text.Punctuation.Evaluation;

/// <summary>Turns punctuated text (Whisper WebVTT cues, or plain tokens) into words with the mark after each.</summary>
internal static class PunctuatedText
{
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "uh", "um", "uhm", "umm", "erm" };

    // A period after these is part of the word, not the end of a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "dr", "vs", "st", "jr", "sr", "prof" };

    /// <summary>Whisper sometimes stops punctuating for minutes; so many words in a row without a mark mean that.</summary>
    public const int UnpunctuatedRun = 60;

    public static bool IsFiller(string lower) => Fillers.Contains(lower);

    /// <summary>Marks the words inside stretches where the transcript lost its punctuation: neither gold nor fit to learn from.</summary>
    public static bool[] UnpunctuatedStretches(IReadOnlyList<CorpusWord> words)
    {
        var mask = new bool[words.Count];
        var runStart = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].Mark == PunctuationMark.None)
            {
                continue;
            }

            if (i - runStart >= UnpunctuatedRun)
            {
                mask.AsSpan(runStart, i - runStart).Fill(true);
            }

            runStart = i + 1;
        }

        return mask;
    }

    /// <summary>The transcript cut into the stretches that keep their punctuation.</summary>
    public static List<List<CorpusWord>> PunctuatedStretches(List<CorpusWord> words)
    {
        var mask = UnpunctuatedStretches(words);
        var pieces = new List<List<CorpusWord>>();
        var current = new List<CorpusWord>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!mask[i])
            {
                current.Add(words[i]);
            }
            else if (current.Count > 0)
            {
                pieces.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            pieces.Add(current);
        }

        return pieces;
    }

    /// <summary>Words of an unpunctuated caption, stripped of stray marks, with fillers dropped as the cleaner would.</summary>
    public static string[] CaptionWords(string text)
    {
        var words = new List<string>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var core = PunctuationRestorer.Core(token);
            if (core.Length > 0 && !IsFiller(core))
            {
                words.Add(core);
            }
        }

        return [.. words];
    }

    /// <summary>Joins the cues of a WebVTT document into one word stream.</summary>
    public static List<CorpusWord> ParseVtt(string vtt)
    {
        var words = new List<CorpusWord>();
        foreach (var range in vtt.AsSpan().Split('\n'))
        {
            var line = vtt[range].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith("WEBVTT", StringComparison.Ordinal) || line.Contains("-->", StringComparison.Ordinal)
                || line.StartsWith("NOTE", StringComparison.Ordinal) || IsCueNumber(line))
            {
                continue;
            }

            AddTokens(line, words);
        }

        return words;
    }

    public static void AddTokens(string text, List<CorpusWord> words)
    {
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan()[range];
            if (token.IsEmpty)
            {
                continue;
            }

            var start = 0;
            var end = token.Length;
            while (start < end && !char.IsLetterOrDigit(token[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(token[end - 1]) && token[end - 1] != '%')
            {
                end--;
            }

            var mark = MarkOf(token[end..]);
            var form = token[start..end].ToString();
            if (mark == PunctuationMark.Period && Abbreviations.Contains(form))
            {
                mark = PunctuationMark.None;
            }

            if (form.Length == 0 || IsFiller(form))
            {
                // A dropped token hands a stronger mark to the word before it ("so, uh." ends with "so.").
                if (words.Count > 0 && mark > words[^1].Mark)
                {
                    words[^1] = words[^1] with { Mark = mark };
                }

                continue;
            }

            words.Add(new CorpusWord(form, mark));
        }
    }

    private static PunctuationMark MarkOf(ReadOnlySpan<char> trailing)
    {
        if (trailing.Contains('?'))
        {
            return PunctuationMark.Question;
        }

        if (trailing.ContainsAny(".!…"))
        {
            return PunctuationMark.Period;
        }

        return trailing.ContainsAny(",;:") ? PunctuationMark.Comma : PunctuationMark.None;
    }

    private static bool IsCueNumber(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
