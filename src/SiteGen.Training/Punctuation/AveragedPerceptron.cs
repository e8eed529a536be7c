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

    /// <summary>Averaged weights as int16; tiny weights become zero, which costs nothing and compresses well.</summary>
    public short[] Quantise(float dropBelow)
    {
        var avg = averaged ?? throw new InvalidOperationException("Average first.");
        var max = 0f;
        foreach (var v in avg)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        var scale = max > 0 ? short.MaxValue / max : 1f;
        var table = new short[avg.Length];
        for (var i = 0; i < avg.Length; i++)
        {
            var q = MathF.Round(avg[i] * scale);
            table[i] = Math.Abs(avg[i]) < dropBelow ? (short)0 : (short)q;
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
