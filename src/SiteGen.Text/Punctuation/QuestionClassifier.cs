namespace SiteGen.Text.Punctuation;

/// <summary>
/// Decides whether a restored sentence is a question from the whole sentence: how it begins and ends, every word and
/// word pair in it, and how the next one begins. The per-gap networks see six words either side, which misses the
/// question word of a long question ("and when you look back at all of it, what ...") and the answer that follows.
/// Its log-odds are weighed against the networks' own question-against-period margin at the sentence's end.
/// </summary>
internal sealed class QuestionClassifier
{
    /// <summary>Words of a sentence that enter the bag; longer sentences contribute their first and last words.</summary>
    public const int MaxBagWords = 48;

    /// <summary>The most features <see cref="Features"/> writes.</summary>
    public const int MaxFeatures = 12 + (2 * MaxBagWords);

    public QuestionClassifier(int bits, float[] weights, float marginWeight, float classifierWeight, float bias)
    {
        if (bits is < 8 or > 24 || weights.Length != 1 << bits)
        {
            throw new ArgumentException("Question classifier weights do not match their size.");
        }

        Bits = bits;
        Weights = weights;
        MarginWeight = marginWeight;
        ClassifierWeight = classifierWeight;
        Bias = bias;
    }

    public int Bits { get; }

    public float[] Weights { get; }

    public float MarginWeight { get; }

    public float ClassifierWeight { get; }

    public float Bias { get; }

    /// <summary>Hashed features of the sentence words[start..end] (inclusive); returns how many were written.</summary>
    public static int Features(ReadOnlySpan<WordInfo> words, int start, int end, Span<ulong> features)
    {
        var length = end - start + 1;
        var first = words[start].Word;
        var second = length >= 2 ? words[start + 1].Word : 0UL;
        var third = length >= 3 ? words[start + 2].Word : 0UL;
        var last = words[end].Word;
        var beforeLast = length >= 2 ? words[end - 1].Word : 0UL;
        var next = end + 1 < words.Length ? words[end + 1].Word : WordInfo.Padding.Word;
        var afterNext = end + 2 < words.Length ? words[end + 2].Word : WordInfo.Padding.Word;
        var size = (ulong)Bucket(length);
        var n = 0;
        features[n++] = WordHash.Of(200);
        features[n++] = WordHash.Of(201, first);
        features[n++] = WordHash.Of(202, first, second);
        features[n++] = WordHash.Of(203, first, second, third);
        features[n++] = WordHash.Of(204, last);
        features[n++] = WordHash.Of(205, beforeLast, last);
        features[n++] = WordHash.Of(206, next);
        features[n++] = WordHash.Of(207, next, afterNext);
        features[n++] = WordHash.Of(208, size);
        features[n++] = WordHash.Of(209, first, size);
        features[n++] = WordHash.Of(210, last, next);
        features[n++] = WordHash.Of(211, first, last);

        // A long sentence keeps its opening and its close, where question words and tags ("right", "you know") sit.
        var half = MaxBagWords / 2;
        for (var k = start; k <= end; k++)
        {
            if (length > MaxBagWords && k == start + half)
            {
                k = end - half + 1;
            }

            features[n++] = WordHash.Of(212, words[k].Word);
            if (k < end)
            {
                features[n++] = WordHash.Of(213, words[k].Word, words[k + 1].Word);
            }
        }

        return n;
    }

    /// <summary>The classifier's log-odds that the sentence is a question.</summary>
    public float LogOdds(ReadOnlySpan<WordInfo> words, int start, int end)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        var count = Features(words, start, end, features);
        var sum = 0f;
        foreach (var f in features[..count])
        {
            sum += Weights[WordHash.Row(f, Bits)];
        }

        return sum;
    }

    /// <param name="margin">The final network's question score minus its period score at the sentence's last gap.</param>
    public bool IsQuestion(ReadOnlySpan<WordInfo> words, int start, int end, float margin) =>
        (MarginWeight * margin) + (ClassifierWeight * LogOdds(words, start, end)) + Bias > 0;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(MarginWeight);
        writer.Write(ClassifierWeight);
        writer.Write(Bias);
        foreach (var w in Weights)
        {
            writer.Write(w);
        }
    }

    public static QuestionClassifier Read(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        if (bits is < 8 or > 24)
        {
            throw new InvalidDataException("Implausible question classifier size.");
        }

        var marginWeight = reader.ReadSingle();
        var classifierWeight = reader.ReadSingle();
        var bias = reader.ReadSingle();
        var weights = new float[1 << bits];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        return new QuestionClassifier(bits, weights, marginWeight, classifierWeight, bias);
    }

    private static int Bucket(int n) => n switch
    {
        <= 3 => n,
        <= 5 => 4,
        <= 8 => 5,
        <= 12 => 6,
        <= 18 => 7,
        <= 27 => 8,
        _ => 9,
    };
}
