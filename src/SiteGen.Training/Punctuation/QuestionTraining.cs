using System.Globalization;
using SiteGen.Text.Punctuation;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// Learns the <see cref="QuestionClassifier"/>: logistic regression over the gold sentences of the training
/// transcripts, then the weights that combine it with the final network, chosen for question F1 on the sentences
/// that network restores in transcripts neither of them saw.
/// </summary>
internal static class QuestionTraining
{
    private const int Bits = 18;
    private const int Epochs = 2;
    private const float Rate = 0.1f;
    private const float InitialAccumulator = 0.1f;

    public static float[] Train(IReadOnlyList<TrainingEpisode> episodes, int seed)
    {
        var sentences = new List<(int Episode, int Start, int End)>();
        for (var e = 0; e < episodes.Count; e++)
        {
            var start = 0;
            var gold = episodes[e].Gold;
            for (var i = 0; i < gold.Length; i++)
            {
                if (PunctuationFeatures.IsBoundary(gold[i]))
                {
                    sentences.Add((e, start, i));
                    start = i + 1;
                }
            }
        }

        var weights = new float[1 << Bits];
        var accumulators = new float[1 << Bits];
        Array.Fill(accumulators, InitialAccumulator);
        Span<ulong> features = stackalloc ulong[QuestionClassifier.MaxFeatures];
        Span<int> rows = stackalloc int[QuestionClassifier.MaxFeatures];
        var random = new Random(seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences));
            foreach (var (e, start, end) in sentences)
            {
                var episode = episodes[e];
                var count = QuestionClassifier.Features(episode.Words, start, end, features);
                var z = 0f;
                for (var f = 0; f < count; f++)
                {
                    rows[f] = WordHash.Row(features[f], Bits);
                    z += weights[rows[f]];
                }

                var y = episode.Gold[end] == (byte)PunctuationMark.Question ? 1f : 0f;
                var gradient = (1f / (1f + MathF.Exp(-z))) - y;
                foreach (var r in rows[..count])
                {
                    accumulators[r] += gradient * gradient;
                    weights[r] -= Rate * gradient / MathF.Sqrt(accumulators[r]);
                }
            }
        }

        return weights;
    }

    /// <returns>The classifier and a line for the log.</returns>
    public static (QuestionClassifier Classifier, string Log) Tune(float[] weights, HashedNetwork final, IReadOnlyList<TrainingEpisode> episodes)
    {
        var probe = new QuestionClassifier(Bits, weights, 0, 1, 0);
        var margins = new List<float>();
        var odds = new List<float>();
        var questions = new List<bool>();
        var actual = 0;
        Span<ulong> features = stackalloc ulong[PunctuationFeatures.Pass2Count];
        Span<float> scores = stackalloc float[PunctuationFeatures.Labels];
        foreach (var e in episodes)
        {
            var start = 0;
            for (var i = 0; i < e.Length; i++)
            {
                actual += e.Gold[i] == (byte)PunctuationMark.Question ? 1 : 0;
                PunctuationFeatures.Pass2(e.Words, e.Best, e.Second, e.Starts, e.Nexts, i, features);
                final.Score(features, scores);
                var top = HashedNetworkTrainer.ArgMax(scores);
                if (!PunctuationFeatures.IsBoundary(top) && i < e.Length - 1)
                {
                    continue;
                }

                margins.Add(scores[3] - scores[2]);
                odds.Add(probe.LogOdds(e.Words, start, i));
                questions.Add(e.Gold[i] == (byte)PunctuationMark.Question);
                start = i + 1;
            }
        }

        // The network's own decision (margin > 0) is the starting point, so the combination can only do better.
        var best = (Margin: 1f, Classifier: 0f, Bias: 0f);
        var before = F1(margins, odds, questions, actual, best);
        var bestF1 = before;
        for (var m = 0; m <= 8; m++)
        {
            for (var c = 0; c <= 8; c++)
            {
                for (var b = -40; b <= 40; b++)
                {
                    var candidate = (m * 0.25f, c * 0.25f, b * 0.1f);
                    var f1 = F1(margins, odds, questions, actual, candidate);
                    if (f1 > bestF1 + 1e-9)
                    {
                        bestF1 = f1;
                        best = candidate;
                    }
                }
            }
        }

        var classifier = new QuestionClassifier(Bits, weights, best.Margin, best.Classifier, best.Bias);
        var log = string.Create(
            CultureInfo.InvariantCulture,
            $"question classifier on {margins.Count:N0} restored held-out sentences: margin x{best.Margin:0.00} + classifier x{best.Classifier:0.00} + {best.Bias:0.0}, question F1 {before:0.000} -> {bestF1:0.000}");
        return (classifier, log);
    }

    private static double F1(List<float> margins, List<float> odds, List<bool> questions, int actual, (float Margin, float Classifier, float Bias) w)
    {
        var tp = 0;
        var predicted = 0;
        for (var k = 0; k < margins.Count; k++)
        {
            if ((w.Margin * margins[k]) + (w.Classifier * odds[k]) + w.Bias > 0)
            {
                predicted++;
                tp += questions[k] ? 1 : 0;
            }
        }

        return predicted + actual == 0 ? 0 : 2.0 * tp / (predicted + actual);
    }
}
