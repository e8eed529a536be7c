using SiteGen.Text.Punctuation;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// Shifts the output biases of the final pass to maximise the sum of boundary, comma and question F1 on training
/// transcripts the pass never saw: cross-entropy training favours "no mark" more than F1 rewards.
/// </summary>
internal static class BiasTuning
{
    private const float Range = 3f;
    private const float Step = 0.05f;
    private const int Rounds = 3;

    /// <returns>A line for the log.</returns>
    public static string Tune(HashedNetwork network, IReadOnlyList<TrainingEpisode> episodes)
    {
        const int L = PunctuationFeatures.Labels;
        var logits = new List<float>();
        var gold = new List<byte>();
        Span<ulong> features = stackalloc ulong[PunctuationFeatures.Pass2Count];
        Span<float> scores = stackalloc float[L];
        foreach (var e in episodes)
        {
            for (var i = 0; i < e.Length; i++)
            {
                PunctuationFeatures.Pass2(e.Words, e.Best, e.Second, e.Starts, e.Nexts, i, features);
                network.Score(features, scores);
                foreach (var s in scores)
                {
                    logits.Add(s);
                }

                gold.Add(e.Gold[i]);
            }
        }

        var x = logits.ToArray();
        var y = gold.ToArray();
        var offsets = new float[L];
        var before = Objective(x, y, offsets);
        var best = before;
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 1; c < L; c++)
            {
                var keep = offsets[c];
                for (var o = -Range; o <= Range + 1e-3f; o += Step)
                {
                    offsets[c] = o;
                    var value = Objective(x, y, offsets);
                    if (value > best + 1e-6)
                    {
                        best = value;
                        keep = o;
                    }
                }

                offsets[c] = keep;
            }
        }

        for (var c = 0; c < L; c++)
        {
            network.OutputBias[c] += offsets[c];
        }

        return $"bias tuning on {y.Length:N0} held-out words: offsets {string.Join(' ', offsets.Select(o => o.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}, F1 sum {before:0.000} -> {best:0.000}";
    }

    private static double Objective(float[] x, byte[] y, float[] offsets)
    {
        Span<long> tp = stackalloc long[3];
        Span<long> predicted = stackalloc long[3];
        Span<long> actual = stackalloc long[3];
        for (var i = 0; i < y.Length; i++)
        {
            var best = 0;
            var bestScore = x[i * 4] + offsets[0];
            for (var c = 1; c < 4; c++)
            {
                var s = x[(i * 4) + c] + offsets[c];
                if (s > bestScore)
                {
                    best = c;
                    bestScore = s;
                }
            }

            var g = y[i];
            Count(PunctuationFeatures.IsBoundary(best), PunctuationFeatures.IsBoundary(g), 0, tp, predicted, actual);
            Count(best == 1, g == 1, 1, tp, predicted, actual);
            Count(best == 3, g == 3, 2, tp, predicted, actual);
        }

        var sum = 0.0;
        for (var k = 0; k < 3; k++)
        {
            sum += predicted[k] + actual[k] == 0 ? 0 : 2.0 * tp[k] / (predicted[k] + actual[k]);
        }

        return sum;
    }

    private static void Count(bool p, bool g, int k, Span<long> tp, Span<long> predicted, Span<long> actual)
    {
        tp[k] += p && g ? 1 : 0;
        predicted[k] += p ? 1 : 0;
        actual[k] += g ? 1 : 0;
    }
}
