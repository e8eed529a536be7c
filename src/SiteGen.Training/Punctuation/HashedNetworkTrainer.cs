using System.Numerics;
using System.Runtime.InteropServices;
using SiteGen.Text.Punctuation;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// Trains a <see cref="HashedNetwork"/> by SGD on softmax cross-entropy, one example at a time, with AdaGrad step
/// sizes (one accumulator per table row, as every row of an example receives the same gradient). Single-threaded and
/// seeded, so the weights are the same on every run.
/// </summary>
internal sealed class HashedNetworkTrainer
{
    private const int L = PunctuationFeatures.Labels;
    private const float InitialAccumulator = 0.1f;

    private readonly int bits;
    private readonly int hidden;
    private readonly float rate;
    private readonly float[] table;
    private readonly float[] rowAccumulators;
    private readonly float[] hiddenBias;
    private readonly float[] hiddenBiasAccumulators;
    private readonly float[] output;
    private readonly float[] outputAccumulators;
    private readonly float[] outputBias;
    private readonly float[] outputBiasAccumulators;
    private readonly float[] pre;
    private readonly float[] activation;
    private readonly float[] delta;

    public HashedNetworkTrainer(int bits, int hidden, float rate, int seed)
    {
        this.bits = bits;
        this.hidden = hidden;
        this.rate = rate;
        table = new float[(1 << bits) * hidden];
        rowAccumulators = new float[1 << bits];
        Array.Fill(rowAccumulators, InitialAccumulator);
        hiddenBias = new float[hidden];
        Array.Fill(hiddenBias, 0.1f);
        hiddenBiasAccumulators = Filled(hidden, InitialAccumulator);
        output = new float[hidden * L];
        outputAccumulators = Filled(hidden * L, InitialAccumulator);
        outputBias = new float[L];
        outputBiasAccumulators = Filled(L, InitialAccumulator);
        pre = new float[hidden];
        activation = new float[hidden];
        delta = new float[hidden];

        // The table starts at zero (rows never hit stay zero and compress); random output weights break the symmetry.
        var random = new Random(seed);
        var range = 1 / MathF.Sqrt(hidden);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = ((float)random.NextDouble() * 2 - 1) * range;
        }
    }

    /// <summary>Learns from one example; returns whether the weights before the update already got it right.</summary>
    public bool Train(ReadOnlySpan<ulong> features, int gold)
    {
        Span<int> rows = stackalloc int[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            rows[f] = WordHash.Row(features[f], bits);
        }

        Span<float> probabilities = stackalloc float[L];
        Forward(rows, probabilities);
        var predicted = ArgMax(probabilities);
        Softmax(probabilities);

        // Output layer: gradient of the loss in each logit is p - y.
        probabilities[gold] -= 1;
        Array.Clear(delta);
        for (var c = 0; c < L; c++)
        {
            var g = probabilities[c];
            var weights = output.AsSpan(c * hidden, hidden);
            var accumulators = outputAccumulators.AsSpan(c * hidden, hidden);
            for (var h = 0; h < hidden; h++)
            {
                delta[h] += g * weights[h];
                var gw = g * activation[h];
                accumulators[h] += gw * gw;
                weights[h] -= rate * gw / MathF.Sqrt(accumulators[h]);
            }

            outputBiasAccumulators[c] += g * g;
            outputBias[c] -= rate * g / MathF.Sqrt(outputBiasAccumulators[c]);
        }

        var squares = 0f;
        for (var h = 0; h < hidden; h++)
        {
            var d = pre[h] > 0 ? delta[h] : 0;
            delta[h] = d;
            squares += d * d;
            hiddenBiasAccumulators[h] += d * d;
            hiddenBias[h] -= rate * d / MathF.Sqrt(hiddenBiasAccumulators[h]);
        }

        if (squares > 0)
        {
            var mean = squares / hidden;
            var d = new Span<float>(delta);
            foreach (var row in rows)
            {
                rowAccumulators[row] += mean;
                Axpy(-rate / MathF.Sqrt(rowAccumulators[row]), d, table.AsSpan(row * hidden, hidden));
            }
        }

        return predicted == gold;
    }

    /// <summary>Logits for one example.</summary>
    public void Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = stackalloc int[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            rows[f] = WordHash.Row(features[f], bits);
        }

        Forward(rows, scores);
    }

    /// <summary>
    /// The network with its table quantised to int8. The scale maps the 99.99th percentile of magnitudes to 127:
    /// the rare larger weights are clipped, the rest keep finer steps.
    /// </summary>
    public HashedNetwork ToNetwork()
    {
        var magnitudes = new float[Math.Min(table.Length, 1 << 22)];
        var stride = table.Length / magnitudes.Length;
        for (var i = 0; i < magnitudes.Length; i++)
        {
            magnitudes[i] = Math.Abs(table[i * stride]);
        }

        Array.Sort(magnitudes);
        var reference = magnitudes[(int)(magnitudes.Length * 0.9999)];
        var scale = reference > 0 ? reference / 127f : 1f;
        var quantised = new sbyte[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            quantised[i] = (sbyte)Math.Clamp(MathF.Round(table[i] / scale), -127, 127);
        }

        return new HashedNetwork(bits, hidden, quantised, scale, [.. hiddenBias], [.. output], [.. outputBias]);
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

    private void Forward(ReadOnlySpan<int> rows, Span<float> scores)
    {
        hiddenBias.CopyTo(pre, 0);
        var sum = new Span<float>(pre);
        foreach (var row in rows)
        {
            Axpy(1, table.AsSpan(row * hidden, hidden), sum);
        }

        for (var h = 0; h < hidden; h++)
        {
            activation[h] = MathF.Max(0, pre[h]);
        }

        for (var c = 0; c < L; c++)
        {
            scores[c] = outputBias[c] + Dot(output.AsSpan(c * hidden, hidden), activation);
        }
    }

    private static void Softmax(Span<float> scores)
    {
        var max = scores[0];
        foreach (var s in scores)
        {
            max = MathF.Max(max, s);
        }

        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            total += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= total;
        }
    }

    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        for (var i = 0; i < xv.Length; i++)
        {
            yv[i] += a * xv[i];
        }
    }

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var xv = MemoryMarshal.Cast<float, Vector<float>>(x);
        var yv = MemoryMarshal.Cast<float, Vector<float>>(y);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < xv.Length; i++)
        {
            sum += xv[i] * yv[i];
        }

        return Vector.Sum(sum);
    }

    private static float[] Filled(int length, float value)
    {
        var values = new float[length];
        Array.Fill(values, value);
        return values;
    }
}
