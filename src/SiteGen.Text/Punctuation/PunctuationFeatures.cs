namespace SiteGen.Text.Punctuation;

/// <summary>
/// Feature templates shared by training and restoration: each feature is a stable hash that the model maps to a
/// row of per-mark weights. The label at word i is the mark that follows word i.
/// </summary>
internal static class PunctuationFeatures
{
    public const int Pass1Count = 33;
    public const int Pass2Count = Pass1Count + 15;
    public const int Labels = 4;

    private const int Window = 3;

    /// <summary>Lexical features of the gap after word i.</summary>
    public static void Pass1(ReadOnlySpan<WordInfo> words, int i, Span<ulong> features)
    {
        var m3 = At(words, i - 3).Word;
        var m2 = At(words, i - 2).Word;
        var m1 = At(words, i - 1).Word;
        var w0 = At(words, i);
        var w1 = At(words, i + 1);
        var p2 = At(words, i + 2).Word;
        var p3 = At(words, i + Window).Word;
        var m4 = At(words, i - Window - 1).Word;
        var p4 = At(words, i + Window + 1).Word;
        var m5 = At(words, i - Window - 2).Word;
        var p5 = At(words, i + Window + 2).Word;
        var m6 = At(words, i - Window - 3).Word;
        var p6 = At(words, i + Window + 3).Word;

        features[0] = WordHash.Of(0);
        features[1] = WordHash.Of(1, m3);
        features[2] = WordHash.Of(2, m2);
        features[3] = WordHash.Of(3, m1);
        features[4] = WordHash.Of(4, w0.Word);
        features[5] = WordHash.Of(5, w1.Word);
        features[6] = WordHash.Of(6, p2);
        features[7] = WordHash.Of(7, p3);
        features[8] = WordHash.Of(8, m1, w0.Word);
        features[9] = WordHash.Of(9, w0.Word, w1.Word);
        features[10] = WordHash.Of(10, w1.Word, p2);
        features[11] = WordHash.Of(11, m2, m1);
        features[12] = WordHash.Of(12, p2, p3);
        features[13] = WordHash.Of(13, m1, w0.Word, w1.Word);
        features[14] = WordHash.Of(14, w0.Word, w1.Word, p2);
        features[15] = WordHash.Of(15, m2, m1, w0.Word);
        features[16] = WordHash.Of(16, m1, w0.Word, w1.Word, p2);
        features[17] = WordHash.Of(17, w0.Suffix);
        features[18] = WordHash.Of(18, w1.Suffix);
        features[19] = WordHash.Of(19, (ulong)(uint)w0.Shape, (ulong)(uint)w1.Shape);
        features[20] = WordHash.Of(20, w0.Word == w1.Word || w0.Word == p2 ? 1UL : 0UL, w0.Word == w1.Word ? w0.Word : 0UL);
        features[21] = WordHash.Of(21, w0.Word, p2);
        features[22] = WordHash.Of(22, m4);
        features[23] = WordHash.Of(23, p4);
        features[24] = WordHash.Of(24, m1, w1.Word);
        features[25] = WordHash.Of(25, w1.Word, p2, p3);
        features[26] = WordHash.Of(26, w0.Suffix, w1.Word);
        features[27] = WordHash.Of(27, m5);
        features[28] = WordHash.Of(28, p5);
        features[29] = WordHash.Of(29, m6);
        features[30] = WordHash.Of(30, p6);
        features[31] = WordHash.Of(31, m4, m3);
        features[32] = WordHash.Of(32, p3, p4);
    }

    /// <summary>
    /// Lexical features again plus the first pass's labels around the gap: the shape of the sentence it implies
    /// (length so far and to come, how it began) is what tells a question from a statement and a long clause from two.
    /// </summary>
    public static void Pass2(
        ReadOnlySpan<WordInfo> words,
        ReadOnlySpan<byte> best,
        ReadOnlySpan<byte> second,
        ReadOnlySpan<int> sentenceStart,
        ReadOnlySpan<int> nextBoundary,
        int i,
        Span<ulong> features)
    {
        Pass1(words, i, features);
        var l0 = (ulong)best[i];
        var lm1 = Label(best, i - 1);
        var lm2 = Label(best, i - 2);
        var lp1 = Label(best, i + 1);
        var lp2 = Label(best, i + 2);
        var start = sentenceStart[i];
        var since = (ulong)Bucket(i - start + 1);
        var next = (ulong)Bucket(nextBoundary[i] - i);
        var first = At(words, start).Word;
        var firstTwo = WordHash.Combine(first, start + 1 <= i ? At(words, start + 1).Word : 0UL);
        var w0 = words[i].Word;
        var w1 = At(words, i + 1).Word;
        var p = Pass1Count;

        features[p] = WordHash.Of(100, (lm2 << 12) | (lm1 << 8) | (l0 << 4) | lp1, lp2);
        features[p + 1] = WordHash.Of(101, lm1, l0);
        features[p + 2] = WordHash.Of(102, lp1, l0);
        features[p + 3] = WordHash.Of(103, l0, w0);
        features[p + 4] = WordHash.Of(104, l0, w1);
        features[p + 5] = WordHash.Of(105, l0, second[i]);
        features[p + 6] = WordHash.Of(106, since, l0);
        features[p + 7] = WordHash.Of(107, next, l0);
        features[p + 8] = WordHash.Of(108, since, next, l0);
        features[p + 9] = WordHash.Of(109, first, l0);
        features[p + 10] = WordHash.Of(110, firstTwo, l0);
        features[p + 11] = WordHash.Of(111, first, w0, l0);
        features[p + 12] = WordHash.Of(112, firstTwo, since);
        features[p + 13] = WordHash.Of(113, l0, w0, w1);
        features[p + 14] = WordHash.Of(114, first, since, next);
    }

    public static bool IsBoundary(int label) => label is (int)PunctuationMark.Period or (int)PunctuationMark.Question;

    /// <summary>Fills, for each word, where its first-pass sentence starts and where the next boundary after it is.</summary>
    public static void SentenceSpans(ReadOnlySpan<byte> best, Span<int> sentenceStart, Span<int> nextBoundary)
    {
        var start = 0;
        for (var i = 0; i < best.Length; i++)
        {
            sentenceStart[i] = start;
            if (IsBoundary(best[i]))
            {
                start = i + 1;
            }
        }

        var next = best.Length;
        for (var i = best.Length - 1; i >= 0; i--)
        {
            nextBoundary[i] = next;
            if (IsBoundary(best[i]))
            {
                next = i;
            }
        }
    }

    private static WordInfo At(ReadOnlySpan<WordInfo> words, int i) => (uint)i < (uint)words.Length ? words[i] : WordInfo.Padding;

    private static ulong Label(ReadOnlySpan<byte> labels, int i) => (uint)i < (uint)labels.Length ? labels[i] : 15UL;

    private static int Bucket(int n) => n switch
    {
        <= 5 => n,
        <= 7 => 6,
        <= 10 => 7,
        <= 14 => 8,
        <= 20 => 9,
        <= 30 => 10,
        <= 45 => 11,
        _ => 12,
    };
}
