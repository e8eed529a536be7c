using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Punctuation;

/// <summary>
/// Restores punctuation and casing of an unpunctuated word stream with the trained model. Thread-safe: all state
/// per call lives on the stack or in pooled buffers.
/// </summary>
public sealed class PunctuationRestorer
{
    private const int MinSentenceWords = 2;
    private const int MaxStackWord = 64;

    private static readonly Lazy<PunctuationRestorer> Embedded = new(() => new PunctuationRestorer(PunctuationModel.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PunctuationModel model;

    internal PunctuationRestorer(PunctuationModel model) => this.model = model;

    /// <summary>The restorer over the model shipped in this assembly (loaded on first use).</summary>
    public static PunctuationRestorer Default => Embedded.Value;

    /// <summary>
    /// Splits clean words (no punctuation, any casing) into punctuated, cased sentences. A speaker change always
    /// ends a sentence; each sentence takes its start time and speaker from its first word.
    /// </summary>
    public ImmutableArray<Sentence> Restore(ImmutableArray<TimedWord> words)
    {
        if (words.IsDefaultOrEmpty)
        {
            return [];
        }

        var texts = new string[words.Length];
        var count = 0;
        var kept = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var core = Core(words[i].Text);
            if (core.Length > 0)
            {
                kept[count] = i;
                texts[count++] = core;
            }
        }

        var marks = new PunctuationMark[count];
        var cased = new string[count];
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var runStart = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i < count && string.Equals(words[kept[i]].Speaker, words[kept[runStart]].Speaker, StringComparison.Ordinal))
            {
                continue;
            }

            Predict(texts.AsSpan(runStart, i - runStart), marks.AsSpan(runStart, i - runStart), cased.AsSpan(runStart, i - runStart));
            runStart = i;
        }

        var text = new StringBuilder();
        var first = 0;
        for (var i = 0; i < count; i++)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            AppendPrefix(text, words[kept[i]].Text);
            text.Append(cased[i]);
            var mark = marks[i];
            if (mark == PunctuationMark.None)
            {
                continue;
            }

            text.Append(Symbol(mark));
            if (mark == PunctuationMark.Comma)
            {
                continue;
            }

            var head = words[kept[first]];
            sentences.Add(new Sentence(text.ToString(), head.Start, head.Speaker));
            text.Clear();
            first = i + 1;
        }

        return sentences.ToImmutable();
    }

    /// <summary>
    /// Predicts the mark after each word and its cased form. The words are one stream that ends after the last
    /// word, which therefore always closes a sentence. Words must carry no punctuation.
    /// </summary>
    public void Predict(ReadOnlySpan<string> words, Span<PunctuationMark> marks, Span<string> cased)
    {
        if (marks.Length < words.Length || cased.Length < words.Length)
        {
            throw new ArgumentException("The output spans are shorter than the input.");
        }

        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var infos = ArrayPool<WordInfo>.Shared.Rent(n);
        var best = ArrayPool<byte>.Shared.Rent(n);
        var second = ArrayPool<byte>.Shared.Rent(n);
        var starts = ArrayPool<int>.Shared.Rent(n);
        var nexts = ArrayPool<int>.Shared.Rent(n);
        var margins = ArrayPool<float>.Shared.Rent(n);
        var questionMargins = ArrayPool<float>.Shared.Rent(n);
        try
        {
            var info = infos.AsSpan(0, n);
            for (var i = 0; i < n; i++)
            {
                info[i] = WordInfo.From(words[i]);
            }

            Span<ulong> features = stackalloc ulong[PunctuationFeatures.Pass2Count];
            Span<float> scores = stackalloc float[PunctuationFeatures.Labels];

            // Each gap's rows are looked up and prefetched while the gap before it is scored.
            Span<int> rows = stackalloc int[PunctuationFeatures.Pass2Count];
            Span<int> nextRows = stackalloc int[PunctuationFeatures.Pass2Count];
            var pass1Rows = PunctuationFeatures.Pass1Count;
            PunctuationFeatures.Pass1(info, 0, features);
            model.Pass1.Rows(features[..pass1Rows], rows[..pass1Rows]);
            for (var i = 0; i < n; i++)
            {
                if (i + 1 < n)
                {
                    PunctuationFeatures.Pass1(info, i + 1, features);
                    model.Pass1.Rows(features[..pass1Rows], nextRows[..pass1Rows]);
                    model.Pass1.Prefetch(nextRows[..pass1Rows]);
                }

                model.Pass1.Score(rows[..pass1Rows], scores);
                (best[i], second[i]) = TopTwo(scores);
                var swap = rows;
                rows = nextRows;
                nextRows = swap;
            }

            PunctuationFeatures.SentenceSpans(best.AsSpan(0, n), starts.AsSpan(0, n), nexts.AsSpan(0, n));
            PunctuationFeatures.Pass2(info, best.AsSpan(0, n), second.AsSpan(0, n), starts.AsSpan(0, n), nexts.AsSpan(0, n), 0, features);
            model.Pass2.Rows(features, rows);
            for (var i = 0; i < n; i++)
            {
                if (i + 1 < n)
                {
                    PunctuationFeatures.Pass2(info, best.AsSpan(0, n), second.AsSpan(0, n), starts.AsSpan(0, n), nexts.AsSpan(0, n), i + 1, features);
                    model.Pass2.Rows(features, nextRows);
                    model.Pass2.Prefetch(nextRows);
                }

                model.Pass2.Score(rows, scores);
                var swap = rows;
                rows = nextRows;
                nextRows = swap;
                var (top, _) = TopTwo(scores);
                marks[i] = (PunctuationMark)top;
                var open = Math.Max(scores[0], scores[1]);
                margins[i] = Math.Max(scores[2], scores[3]) - open;
                questionMargins[i] = scores[3] - scores[2];
                if (PunctuationFeatures.IsBoundary(top) && i > 0 && i - LastBoundary(marks, i) < MinSentenceWords)
                {
                    // Avoid one-word sentences: fall back to the best non-boundary mark.
                    marks[i] = scores[1] > scores[0] ? PunctuationMark.Comma : PunctuationMark.None;
                }
            }

            if (!PunctuationFeatures.IsBoundary((int)marks[n - 1]))
            {
                // The stream ends here; rather than leave a one-word tail, merge it into the sentence before.
                marks[n - 1] = n >= 3 && PunctuationFeatures.IsBoundary((int)marks[n - 2]) ? marks[n - 2] : PunctuationMark.Period;
                if (n >= 3 && PunctuationFeatures.IsBoundary((int)marks[n - 2]))
                {
                    marks[n - 2] = PunctuationMark.None;
                }
            }

            SplitLongSentences(marks[..n], margins.AsSpan(0, n));
            DecideQuestions(info, marks[..n], questionMargins.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                var initial = i == 0 || PunctuationFeatures.IsBoundary((int)marks[i - 1]);
                if (!initial && model.ContextCasing.TryGetValue(PunctuationModel.ContextKey(info[i - 1].Word, false, info[i].Word), out var form))
                {
                    cased[i] = form;
                }
                else if (marks[i] == PunctuationMark.None && i + 1 < n
                    && model.ContextCasing.TryGetValue(PunctuationModel.ContextKey(info[i + 1].Word, true, info[i].Word), out form))
                {
                    cased[i] = Capitalise(form, initial);
                }
                else
                {
                    cased[i] = Case(words[i], initial);
                }
            }
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(infos);
            ArrayPool<byte>.Shared.Return(best);
            ArrayPool<byte>.Shared.Return(second);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(nexts);
            ArrayPool<float>.Shared.Return(margins);
            ArrayPool<float>.Shared.Return(questionMargins);
        }
    }

    /// <summary>
    /// The usual written form of a word; sentence-initial lowercase forms get a capital. The input's own casing is
    /// kept only for all-capital words: partial caption casing ("Research Institute") proved less reliable than
    /// the lexicon on DEV.
    /// </summary>
    internal string Case(string word, bool sentenceInitial)
    {
        var form = word.Length >= 2 && IsAllUpper(word) ? word : word.ToLowerInvariant();
        if (IsPronounI(word))
        {
            form = word.Length == 1 ? "I" : string.Concat("I", word.AsSpan(1).ToString().ToLowerInvariant());
        }
        else if (Lookup(word) is { } known)
        {
            form = known;
        }

        return Capitalise(form, sentenceInitial);
    }

    /// <summary>Sentence starts get a capital, unless the form has its own casing ("iPhone").</summary>
    private static string Capitalise(string form, bool sentenceInitial)
    {
        if (!sentenceInitial || form.Length == 0 || !char.IsLower(form[0]) || HasUpper(form))
        {
            return form;
        }

        return string.Create(form.Length, form, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(span[0]);
        });
    }

    /// <summary>Strips punctuation a caller may have left on a word; inner marks ("3.0", "co-founder") stay.</summary>
    internal static string Core(string word)
    {
        var span = word.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(span[end - 1]) && span[end - 1] != '%')
        {
            end--;
        }

        return start == 0 && end == span.Length ? word : word[start..end];
    }

    /// <summary>
    /// The model reads "$5" as "5" (its corpus was tokenised that way), but the sign is part of what was said: a
    /// currency sign, "#" or "@" before the word's first letter or digit goes back in front of it.
    /// </summary>
    private static void AppendPrefix(StringBuilder text, string word)
    {
        var start = text.Length;
        for (var c = 0; c < word.Length && !char.IsLetterOrDigit(word[c]); c++)
        {
            var ch = word[c];
            if (ch is '#' or '@' || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.CurrencySymbol)
            {
                text.Append(ch);
            }
            else if (text.Length > start)
            {
                // Only the signs right before the word count: "($5" keeps "$", "$(" keeps nothing.
                text.Length = start;
            }
        }
    }

    internal static char Symbol(PunctuationMark mark) => mark switch
    {
        PunctuationMark.Comma => ',',
        PunctuationMark.Period => '.',
        PunctuationMark.Question => '?',
        _ => throw new ArgumentOutOfRangeException(nameof(mark)),
    };

    private static bool IsPronounI(string word) =>
        word.Length > 0 && (word[0] is 'i' or 'I') && (word.Length == 1 || (word[1] is '\'' or '’' && word.Length <= 4));

    private static bool IsAllUpper(string form)
    {
        foreach (var c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasUpper(string form)
    {
        foreach (var c in form)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static (byte Best, byte Second) TopTwo(ReadOnlySpan<float> scores)
    {
        var best = 0;
        var second = 1;
        if (scores[1] > scores[0])
        {
            best = 1;
            second = 0;
        }

        for (var c = 2; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                second = best;
                best = c;
            }
            else if (scores[c] > scores[second])
            {
                second = c;
            }
        }

        return ((byte)best, (byte)second);
    }

    private static int LastBoundary(ReadOnlySpan<PunctuationMark> marks, int before)
    {
        for (var j = before - 1; j >= 0; j--)
        {
            if (PunctuationFeatures.IsBoundary((int)marks[j]))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Run-on sentences read badly: split them where a boundary was most nearly predicted.</summary>
    private void SplitLongSentences(Span<PunctuationMark> marks, ReadOnlySpan<float> margins)
    {
        var start = 0;
        while (start < marks.Length)
        {
            var end = start;
            while (!PunctuationFeatures.IsBoundary((int)marks[end]))
            {
                end++;
            }

            if (end - start + 1 > model.MaxSentenceWords)
            {
                var cut = -1;
                for (var j = start + 3; j < end - 3; j++)
                {
                    if (cut < 0 || margins[j] > margins[cut])
                    {
                        cut = j;
                    }
                }

                if (cut >= 0)
                {
                    marks[cut] = PunctuationMark.Period;
                    continue;
                }
            }

            start = end + 1;
        }
    }

    /// <summary>Once the sentences are known, each one's kind is decided from the whole of it.</summary>
    private void DecideQuestions(ReadOnlySpan<WordInfo> info, Span<PunctuationMark> marks, ReadOnlySpan<float> questionMargins)
    {
        var start = 0;
        for (var i = 0; i < marks.Length; i++)
        {
            if (PunctuationFeatures.IsBoundary((int)marks[i]))
            {
                marks[i] = model.Questions.IsQuestion(info, start, i, questionMargins[i]) ? PunctuationMark.Question : PunctuationMark.Period;
                start = i + 1;
            }
        }
    }

    private string? Lookup(string word)
    {
        var span = word.AsSpan();
        if (!HasUpper(word))
        {
            return model.CasingBySpan.TryGetValue(span, out var form) ? form : null;
        }

        if (span.Length > MaxStackWord)
        {
            return null;
        }

        Span<char> lower = stackalloc char[span.Length];
        span.ToLowerInvariant(lower);
        return model.CasingBySpan.TryGetValue(lower, out var found) ? found : null;
    }
}
