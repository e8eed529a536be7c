using SiteGen.Text.Punctuation;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// Multi-class averaged perceptron over hashed features (rows of one weight per label). Averaging uses the
/// running-sum trick: average = w - u / c, with u accumulating c * update.
/// </summary>
internal sealed class AveragedPerceptron(int bits)
{
    private const int L = PunctuationFeatures.Labels;

    private readonly float[] weights = new float[(1 << bits) * L];
    private readonly double[] sums = new double[(1 << bits) * L];
    private float[]? averaged;
    private long step = 1;

    public int Bits => bits;

    /// <summary>Learns from one example; returns whether the current weights already got it right.</summary>
    public bool Train(ReadOnlySpan<ulong> features, int gold)
    {
        Span<float> scores = stackalloc float[L];
        Score(weights, features, scores);
        var predicted = ArgMax(scores);
        if (predicted != gold)
        {
            foreach (var f in features)
            {
                var row = WordHash.Row(f, bits) * L;
                weights[row + gold] += 1;
                sums[row + gold] += step;
                weights[row + predicted] -= 1;
                sums[row + predicted] -= step;
            }
        }

        step++;
        return predicted == gold;
    }

    /// <summary>Freezes the averaged weights for prediction.</summary>
    public void Average()
    {
        averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (sums[i] / step));
        }
    }

    public void Predict(ReadOnlySpan<ulong> features, Span<float> scores) =>
        Score(averaged ?? throw new InvalidOperationException("Average first."), features, scores);

    /// <summary>
    /// Averaged weights as int16. The scale maps the 99.9th percentile to 1024 rather than the largest weight to
    /// 32767: outliers (the bias) still fit, and the coarser steps compress to half the size at no loss measured.
    /// </summary>
    public short[] Quantise()
    {
        var avg = averaged ?? throw new InvalidOperationException("Average first.");
        var magnitudes = new float[avg.Length];
        for (var i = 0; i < avg.Length; i++)
        {
            magnitudes[i] = Math.Abs(avg[i]);
        }

        Array.Sort(magnitudes);
        var reference = magnitudes[(int)(magnitudes.Length * 0.999)];
        var scale = reference > 0 ? 1024f / reference : 1f;
        var table = new short[avg.Length];
        for (var i = 0; i < avg.Length; i++)
        {
            table[i] = (short)Math.Clamp(MathF.Round(avg[i] * scale), short.MinValue, short.MaxValue);
        }

        return table;
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    private void Score(float[] table, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            var row = WordHash.Row(f, bits) * L;
            scores[0] += table[row];
            scores[1] += table[row + 1];
            scores[2] += table[row + 2];
            scores[3] += table[row + 3];
        }
    }
}
