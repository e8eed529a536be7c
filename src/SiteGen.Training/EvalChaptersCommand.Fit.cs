using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;

namespace SiteGen.Training;

/// <summary>
/// eval-chapters --fit true: fits the boundary model (logistic regression on candidate paragraphs) and the length prior
/// with two-fold cross-validation over episodes, prints held-out scores, then the model fitted on all episodes.
/// </summary>
internal static partial class EvalChaptersCommand
{
    private const double MaxCountDrift = 0.15;

    private static readonly double[] CostGrid = [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1];
    private static readonly double[] LengthGrid = [0.5, 1, 2, 3];
    private static readonly double[] TargetGrid = [6, 7, 8, 9, 10];

    private static int Fit(List<Episode> episodes, SegmentationSettings settings, bool keepSpeakers, bool keepTimes)
    {
        var started = DateTime.UtcNow;
        var prepared = episodes.Select(e => Prepare(e, settings, keepSpeakers, keepTimes)).ToList();
        Console.WriteLine($"features for {prepared.Count} episodes in {(DateTime.UtcNow - started).TotalSeconds:F1} s; "
            + $"{prepared.Sum(p => p.Candidates.Count)} candidates, {prepared.Sum(p => p.Labels.Count(l => l))} at gold boundaries");

        if (Environment.GetEnvironmentVariable("SITEGEN_DUMP") is { Length: > 0 } dump)
        {
            using var writer = new StreamWriter(dump);
            foreach (var e in prepared)
            {
                for (var c = 0; c < e.Rows.Length; c++)
                {
                    writer.WriteLine(string.Join('\t', new[] { e.Source.Number.ToString(CultureInfo.InvariantCulture), e.Analyzed.ParagraphMinute[e.Candidates[c]].ToString("F3", CultureInfo.InvariantCulture), e.Labels[c] ? "1" : "0" }.Concat(e.Rows[c].Select(v => v.ToString("F4", CultureInfo.InvariantCulture)))));
                }
            }
        }

        var heldOut = new Scores("ours (held out)");
        var oracle = new Scores("ours, gold count");
        var equal = new Scores("equal x gold");
        var medianCount = episodes.Select(e => e.Gold.Count).Order().ElementAt(episodes.Count / 2);
        var equalMedian = new Scores($"equal x{medianCount}");
        for (var fold = 0; fold < 2; fold++)
        {
            var train = prepared.Where((_, i) => i % 2 != fold).ToList();
            var test = prepared.Where((_, i) => i % 2 == fold).ToList();
            var model = FitLogistic(train);
            var tuned = Tune(train, model, settings);
            Console.WriteLine($"fold {fold}: {Describe(tuned)}");
            foreach (var episode in test)
            {
                oracle.Add(episode.Gold, WithGoldCount(episode, tuned, settings), episode.EndSeconds);
                heldOut.Add(episode.Gold, Hypothesis(episode, tuned, settings), episode.EndSeconds);
                equal.Add(episode.Gold, EqualStarts(episode.Gold.Count, episode.EndSeconds), episode.EndSeconds);
                equalMedian.Add(episode.Gold, EqualStarts(medianCount, episode.EndSeconds), episode.EndSeconds);
            }
        }

        Console.WriteLine(Scores.Header);
        Console.WriteLine(heldOut.Row());
        Console.WriteLine(oracle.Row());
        Console.WriteLine(equal.Row());
        Console.WriteLine(equalMedian.Row());

        var all = FitLogistic(prepared);
        var allTuned = Tune(prepared, all, settings);
        Console.WriteLine($"all episodes: {Describe(allTuned)}");
        return 0;
    }

    private static string Describe(BoundaryModel model) =>
        "new(" + model.Bias.ToString("F2", CultureInfo.InvariantCulture) + ", ["
        + string.Join(", ", model.Weights.Select(w => w.ToString("F2", CultureInfo.InvariantCulture))) + "], "
        + model.TargetMinutes.ToString(CultureInfo.InvariantCulture) + ", " + model.LengthWeight.ToString(CultureInfo.InvariantCulture) + ")";

    private static Prepared Prepare(Episode episode, SegmentationSettings settings, bool keepSpeakers, bool keepTimes)
    {
        var input = Strip(episode.Paragraphs, keepSpeakers, keepTimes);
        var context = keepSpeakers ? episode.Context : episode.Context with { Hosts = [] };
        var analyzed = AnalyzedEpisode.Analyze(input);
        var intro = IntroDetector.IntroLength(analyzed, context);
        var (candidates, rows) = BoundaryFeatures.Compute(analyzed, intro, input.Length, context, settings);
        var labels = new bool[candidates.Count];
        foreach (var (start, _) in episode.Gold)
        {
            var best = -1;
            var bestDistance = 30.0;
            for (var i = 0; i < candidates.Count; i++)
            {
                var distance = Math.Abs(episode.Paragraphs[candidates[i]].Start!.Value.TotalSeconds - start);
                if (distance <= bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            if (best >= 0)
            {
                labels[best] = true;
            }
        }

        var gold = episode.Gold.Select(g => g.Start).ToList();
        return new Prepared(episode, analyzed, intro, candidates, rows, labels, gold, episode.EndSeconds);
    }

    private static List<double> Hypothesis(Prepared episode, BoundaryModel model, SegmentationSettings settings)
    {
        var starts = new List<double> { 0 };
        if (episode.Intro > 0)
        {
            starts.Add(episode.Source.Paragraphs[episode.Intro].Start!.Value.TotalSeconds);
        }

        var end = episode.Analyzed.Paragraphs.Length;
        if (episode.Candidates.Count > 0 && episode.Analyzed.ParagraphMinute[end] - episode.Analyzed.ParagraphMinute[episode.Intro] >= 2 * settings.MinMinutes)
        {
            foreach (var p in BoundaryFinder.Decide(episode.Analyzed, episode.Intro, end, episode.Candidates, episode.Rows, model, settings))
            {
                starts.Add(episode.Source.Paragraphs[p].Start!.Value.TotalSeconds);
            }
        }

        return starts;
    }

    // The held-out model with its chapter cost moved until it cuts as many chapters as the gold outline: what a perfect
    // count prediction would be worth.
    private static List<double> WithGoldCount(Prepared episode, BoundaryModel model, SegmentationSettings settings)
    {
        var low = -10.0;
        var high = 10.0;
        var starts = Hypothesis(episode, model, settings);
        for (var step = 0; step < 30 && starts.Count != episode.Gold.Count; step++)
        {
            var shift = (low + high) / 2;
            starts = Hypothesis(episode, model with { Bias = model.Bias + shift }, settings);
            if (starts.Count < episode.Gold.Count)
            {
                low = shift;
            }
            else
            {
                high = shift;
            }
        }

        return starts;
    }

    private static BoundaryModel Tune(List<Prepared> episodes, BoundaryModel model, SegmentationSettings settings)
    {
        var best = model;
        var bestPk = double.MaxValue;
        foreach (var target in TargetGrid)
        {
            foreach (var cost in CostGrid)
            {
                foreach (var length in LengthGrid)
                {
                    var candidate = model with { Bias = model.Bias - cost, TargetMinutes = target, LengthWeight = length };
                    var scores = new Scores("tune");
                    foreach (var episode in episodes)
                    {
                        scores.Add(episode.Gold, Hypothesis(episode, candidate, settings), episode.EndSeconds);
                    }

                    // Pk alone rewards too few chapters; keep the count near the outlines'.
                    if (scores.MeanPk < bestPk && Math.Abs(Math.Log(scores.MeanCountRatio)) <= MaxCountDrift)
                    {
                        bestPk = scores.MeanPk;
                        best = candidate;
                    }
                }
            }
        }

        return best;
    }

    // Newton's method on the L2-penalised log-likelihood; a handful of features converges in a few steps.
    private static BoundaryModel FitLogistic(List<Prepared> episodes)
    {
        const double Penalty = 1.0;
        var n = BoundaryFeatures.Count + 1;
        var beta = new double[n];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var episode in episodes)
            {
                for (var c = 0; c < episode.Rows.Length; c++)
                {
                    var x = Augment(episode.Rows[c]);
                    double z = 0;
                    for (var i = 0; i < n; i++)
                    {
                        z += beta[i] * x[i];
                    }

                    var p = 1 / (1 + Math.Exp(-z));
                    var y = episode.Labels[c] ? 1.0 : 0.0;
                    for (var i = 0; i < n; i++)
                    {
                        gradient[i] += (y - p) * x[i];
                        for (var j = 0; j < n; j++)
                        {
                            hessian[i, j] += p * (1 - p) * x[i] * x[j];
                        }
                    }
                }
            }

            for (var i = 1; i < n; i++)
            {
                gradient[i] -= Penalty * beta[i];
                hessian[i, i] += Penalty;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                beta[i] += step[i];
                change += Math.Abs(step[i]);
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return new BoundaryModel(beta[0], [.. beta.Skip(1)], 8, 1);
    }

    private static double[] Augment(double[] row)
    {
        var x = new double[row.Length + 1];
        x[0] = 1;
        row.CopyTo(x, 1);
        return x;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = 0; r < n; r++)
            {
                if (r == col || m[col, col] == 0)
                {
                    continue;
                }

                var factor = m[r, col] / m[col, col];
                for (var k = 0; k < n; k++)
                {
                    m[r, k] -= factor * m[col, k];
                }

                x[r] -= factor * x[col];
            }
        }

        for (var i = 0; i < n; i++)
        {
            x[i] = m[i, i] == 0 ? 0 : x[i] / m[i, i];
        }

        return x;
    }

    private sealed record Prepared(
        Episode Source, AnalyzedEpisode Analyzed, int Intro, List<int> Candidates, double[][] Rows, bool[] Labels, List<double> Gold, double EndSeconds);
}
