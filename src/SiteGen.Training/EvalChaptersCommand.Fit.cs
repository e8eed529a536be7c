using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;

namespace SiteGen.Training;

/// <summary>
/// eval-chapters --fit true: fits the boundary model (logistic regression on candidate paragraphs, boosted trees on its
/// margins, a cue-phrase lexicon) with two-fold cross-validation over episodes, prints held-out scores, then the model
/// fitted on all episodes (written as C# with --write true). Options: --learner linear (no trees), --rounds, --depth,
/// --rate, --lambda, --minhess (boosting), --diagnose true (print missed and invented boundaries of the held-out runs), --repeats N (also N - 1 other
/// two-fold splits, to see how much a difference between variants owes to the split), --drop 0,1 (features zeroed, an
/// ablation). An added column of pure noise alone moves the three-split mean Pk from 0.3047 to 0.308-0.313 (three noise
/// seeds): a new feature must beat that spread, not only the baseline.
/// </summary>
internal static partial class EvalChaptersCommand
{
    private const double MaxCountDrift = 0.15;

    private static readonly double[] CostGrid = [-3, -2.5, -2, -1.75, -1.5, -1.25, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 1];
    private static readonly double[] ShareGrid = [0, 0.5, 1];

    /// <summary>Weights of the chapters' word likelihood tried when placing the chosen boundaries again (--cohesion N fixes one).</summary>
    private static readonly double[] CohesionGrid = [0, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1];

    /// <summary>The Dirichlet prior's counts tried with each weight.</summary>
    private static readonly double[] SmoothingGrid = [0.1, 0.5, 1];

    // The log-normal that fits the outlines' chapter lengths (the opening left out): its median, and the weight that
    // makes the squared log ratio its log density.
    private static (double Target, double Weight) LengthPrior(IEnumerable<Prepared> episodes)
    {
        var logs = new List<double>();
        foreach (var episode in episodes)
        {
            for (var g = 2; g < episode.Gold.Count; g++)
            {
                logs.Add(Math.Log(Math.Max(episode.Gold[g] - episode.Gold[g - 1], 30) / 60));
            }

            logs.Add(Math.Log(Math.Max(episode.EndSeconds - episode.Gold[^1], 30) / 60));
        }

        var mean = logs.Average();
        var variance = logs.Sum(l => (l - mean) * (l - mean)) / logs.Count;
        return (Math.Round(Math.Exp(mean), 2), Math.Round(1 / (2 * variance), 2));
    }

    private static int Fit(List<Episode> episodes, SegmentationSettings settings, bool keepSpeakers, bool keepTimes, BoostSettings? learner, bool write, bool diagnose, int repeats, int folds, int[] dropped, double[] cohesionGrid, string command)
    {
        if (folds < 2 || folds > episodes.Count)
        {
            Console.Error.WriteLine($"--folds must be between 2 and the number of episodes ({episodes.Count})");
            return 2;
        }

        if (write && dropped.Length > 0)
        {
            Console.Error.WriteLine("--drop is for measuring only: a model fitted without features the site computes cannot be written");
            return 2;
        }

        var started = DateTime.UtcNow;
        var prepared = episodes.Select(e => Prepare(e, settings, keepSpeakers, keepTimes, dropped)).ToList();
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
        var titleOverlap = new List<double>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = prepared.Where((_, i) => i % folds != fold).ToList();
            var test = prepared.Where((_, i) => i % folds == fold).ToList();
            var tuned = Train(train, settings, learner, cohesionGrid);
            Console.WriteLine($"fold {fold}: {Describe(tuned)}");
            foreach (var episode in test)
            {
                oracle.Add(episode.Gold, WithGoldCount(episode, tuned, settings), episode.EndSeconds);
                var starts = ChapterStarts(episode, LogOdds(episode, tuned), tuned, settings);
                heldOut.Add(episode.Gold, Times(episode, starts), episode.EndSeconds);
                titleOverlap.Add(TitleOverlap(episode, starts, keepSpeakers));
                if (diagnose)
                {
                    ShowMisses(episode, tuned, settings);
                }
                equal.Add(episode.Gold, EqualStarts(episode.Gold.Count, episode.EndSeconds), episode.EndSeconds);
                equalMedian.Add(episode.Gold, EqualStarts(medianCount, episode.EndSeconds), episode.EndSeconds);
            }
        }

        Console.WriteLine(Scores.Header);
        Console.WriteLine(heldOut.Row());
        Console.WriteLine(oracle.Row());
        Console.WriteLine(equal.Row());
        Console.WriteLine(equalMedian.Row());
        Console.WriteLine($"title overlap with gold, held-out chapters: {titleOverlap.Average():P1}");

        // Other splits of the same episodes into as many folds: how much of a difference between variants is the split's luck.
        if (repeats > 1)
        {
            var pks = new List<double> { heldOut.MeanPk };
            for (var repeat = 1; repeat < repeats; repeat++)
            {
                var order = Enumerable.Range(0, prepared.Count).OrderBy(i => Mix((uint)(i + (repeat * 7919)))).ToArray();
                var part = new int[prepared.Count];
                for (var rank = 0; rank < order.Length; rank++)
                {
                    part[order[rank]] = rank % folds;
                }

                var scores = new Scores($"split {repeat}");
                for (var fold = 0; fold < folds; fold++)
                {
                    var tuned = Train(prepared.Where((_, i) => part[i] != fold).ToList(), settings, learner, cohesionGrid);
                    foreach (var episode in prepared.Where((_, i) => part[i] == fold))
                    {
                        scores.Add(episode.Gold, Hypothesis(episode, tuned, settings), episode.EndSeconds);
                    }
                }

                Console.WriteLine(scores.Row());
                pks.Add(scores.MeanPk);
            }

            Console.WriteLine($"held-out Pk over {repeats} splits: mean {pks.Average():F4}, " + string.Join(' ', pks.Select(v => v.ToString("F3", CultureInfo.InvariantCulture))));
        }

        var allTuned = Train(prepared, settings, learner, cohesionGrid);
        Console.WriteLine($"all episodes: {Describe(allTuned)}");
        if (write)
        {
            WriteModel(allTuned, keepSpeakers, command);
        }

        return 0;
    }

    // The decoder's chapter cost and length prior are tuned on out-of-fold scores within the training episodes, since
    // boosted trees score their own training rows too confidently.
    private static BoundaryModel Train(List<Prepared> train, SegmentationSettings settings, BoostSettings? learner, double[] cohesionGrid)
    {
        var model = FitModel(train, learner);

        var inner = new List<(Prepared Episode, BoundaryModel Model)>();
        for (var half = 0; half < 2; half++)
        {
            var part = FitModel(train.Where((_, i) => i % 2 != half).ToList(), learner);
            inner.AddRange(train.Where((_, i) => i % 2 == half).Select(e => (e, part)));
        }

        var tuned = Tune(inner, settings, cohesionGrid);
        return model with { Bias = model.Bias + tuned.Bias, TargetMinutes = tuned.TargetMinutes, LengthWeight = tuned.LengthWeight, NeighbourShare = tuned.NeighbourShare, CohesionWeight = tuned.CohesionWeight, CohesionSmoothing = tuned.CohesionSmoothing };
    }

    // The cue column of each training episode comes from a lexicon learnt on the other half of the training episodes,
    // so the model learns how far cues carry to unseen episodes, not how well they recall their own.
    private static BoundaryModel FitModel(List<Prepared> train, BoostSettings? learner)
    {
        var cues = LearnCues(train);
        var crossFitted = new List<(Prepared Episode, double[][] Rows)>();
        for (var half = 0; half < 2; half++)
        {
            var lexicon = LearnCues(train.Where((_, i) => i % 2 != half).ToList());
            crossFitted.AddRange(train.Where((_, i) => i % 2 == half).Select(e => (e, WithCues(e, lexicon))));
        }

        var linear = FitLogistic(crossFitted) with { Cues = cues };
        if (learner is null)
        {
            return linear;
        }

        var rows = new List<double[]>();
        var labels = new List<bool>();
        foreach (var (episode, episodeRows) in crossFitted)
        {
            rows.AddRange(episodeRows);
            labels.AddRange(episode.Labels);
        }

        var margin = rows.Select(linear.LogOdds).ToArray();
        return linear with { Trees = Boost(rows, labels, margin, learner) };
    }

    private static double[] LogOdds(Prepared episode, BoundaryModel model)
    {
        var rows = WithCues(episode, model.Cues);
        var logOdds = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            logOdds[i] = model.LogOdds(rows[i]);
        }

        return logOdds;
    }

    private static double[][] WithCues(Prepared episode, CueLexicon cues)
    {
        var rows = new double[episode.Rows.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = (double[])episode.Rows[i].Clone();
            rows[i][BoundaryFeatures.Cue] = cues.Score(episode.Source.Paragraphs[episode.Candidates[i]].Text);
        }

        return rows;
    }

    private static string[] OpeningGrams(string text)
    {
        var grams = new SortedSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[96];
        CueLexicon.ForEachGram(text, buffer, gram => grams.Add(gram.ToString()));
        return [.. grams];
    }

    // Smoothed log-odds of a chapter start given the phrase, against the base rate, for phrases heard at candidate
    // openings in a good share of the episodes (function words and turn-taking habits, not topics).
    private static CueLexicon LearnCues(List<Prepared> train)
    {
        const double Prior = 3;
        const double MinEpisodeShare = 0.3;
        const double MinWeight = 0.25;
        var positive = new Dictionary<string, int>(StringComparer.Ordinal);
        var negative = new Dictionary<string, int>(StringComparer.Ordinal);
        var episodes = new Dictionary<string, int>(StringComparer.Ordinal);
        double positives = 0, negatives = 0;
        foreach (var episode in train)
        {
            var inEpisode = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < episode.Grams.Length; c++)
            {
                var counts = episode.Labels[c] ? positive : negative;
                if (episode.Labels[c])
                {
                    positives++;
                }
                else
                {
                    negatives++;
                }

                foreach (var gram in episode.Grams[c])
                {
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
                    inEpisode.Add(gram);
                }
            }

            foreach (var gram in inEpisode)
            {
                episodes[gram] = episodes.GetValueOrDefault(gram) + 1;
            }
        }

        var ratio = negatives / Math.Max(positives, 1);
        var entries = new List<(string, double)>();
        foreach (var (gram, count) in episodes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (count < MinEpisodeShare * train.Count)
            {
                continue;
            }

            var pos = positive.GetValueOrDefault(gram);
            var neg = negative.GetValueOrDefault(gram);
            var weight = Math.Round(Math.Log((pos + Prior) / (neg + (Prior * ratio))) + Math.Log(ratio), 2);
            if (Math.Abs(weight) >= MinWeight)
            {
                entries.Add((gram, weight));
            }
        }

        return new CueLexicon([.. entries]);
    }

    // Gold boundaries with no boundary of ours within 60 s, and ours with no gold one: time, score and the turn's opening.
    private static void ShowMisses(Prepared episode, BoundaryModel model, SegmentationSettings settings)
    {
        var hyp = Hypothesis(episode, model, settings);
        var score = episode.Rows.Select(model.LogOdds).ToArray();
        string Text(int c) => episode.Source.Paragraphs[episode.Candidates[c]].Text is var t && t.Length > 140 ? t[..140] : episode.Source.Paragraphs[episode.Candidates[c]].Text;
        string Who(int c) => episode.Source.Paragraphs[episode.Candidates[c]].Speaker ?? "?";
        double At(int c) => episode.Source.Paragraphs[episode.Candidates[c]].Start!.Value.TotalSeconds;
        foreach (var (start, title) in episode.Source.Gold.Skip(1))
        {
            if (hyp.Any(h => Math.Abs(h - start) <= 60))
            {
                continue;
            }

            var near = Enumerable.Range(0, episode.Candidates.Count).Where(c => Math.Abs(At(c) - start) <= 30).OrderBy(c => Math.Abs(At(c) - start)).FirstOrDefault(-1);
            var nearestHyp = hyp.MinBy(h => Math.Abs(h - start));
            Console.WriteLine($"MISS {episode.Source.Number} {Clock(start)} [{title}] nearest hyp {nearestHyp - start:F0}s" + (near >= 0 ? $" score {score[near]:F2} {Who(near)}: {Text(near)}" : " no candidate"));
        }

        foreach (var h in hyp.Skip(1))
        {
            if (episode.Source.Gold.Any(g => Math.Abs(g.Start - h) <= 60))
            {
                continue;
            }

            // The end of the introduction is no candidate.
            var c = Enumerable.Range(0, episode.Candidates.Count).FirstOrDefault(c => At(c) == h, -1);
            if (c < 0)
            {
                continue;
            }

            Console.WriteLine($"FAKE {episode.Source.Number} {Clock(h)} score {score[c]:F2} {Who(c)}: {Text(c)}");
        }
    }

    // A fixed integer hash (murmur3's finaliser), so the splits are the same in every run.
    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x85ebca6b;
        x ^= x >> 13;
        x *= 0xc2b2ae35;
        x ^= x >> 16;
        return x;
    }

    private static string Describe(BoundaryModel model) => $"{model.Trees.Length} trees, {model.Cues.Entries.Length} cues, share {model.NeighbourShare}, cohesion {model.CohesionWeight} at {model.CohesionSmoothing}, " +
        "new(" + model.Bias.ToString("F2", CultureInfo.InvariantCulture) + ", ["
        + string.Join(", ", model.Weights.Select(w => w.ToString("F2", CultureInfo.InvariantCulture))) + "], "
        + model.TargetMinutes.ToString(CultureInfo.InvariantCulture) + ", " + model.LengthWeight.ToString(CultureInfo.InvariantCulture) + ")";

    private static Prepared Prepare(Episode episode, SegmentationSettings settings, bool keepSpeakers, bool keepTimes, int[] dropped)
    {
        var input = Strip(episode.Paragraphs, keepSpeakers, keepTimes);
        var context = keepSpeakers ? episode.Context : episode.Context with { Hosts = [] };
        var analyzed = AnalyzedEpisode.Analyze(input);
        var intro = IntroDetector.IntroLength(analyzed, context);
        var (candidates, rows) = BoundaryFeatures.Compute(analyzed, intro, input.Length, context, settings, CueLexicon.Empty);
        foreach (var row in rows)
        {
            foreach (var column in dropped)
            {
                row[column] = 0;
            }
        }
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
        var grams = candidates.Select(c => OpeningGrams(input[c].Text)).ToArray();
        var spans = candidates.Count > 0 ? SmoothingGrid.Select(a => SpanLikelihood.Compute(analyzed, intro, input.Length, candidates, settings.MaxMinutes, a)).ToArray() : null;
        return new Prepared(episode, analyzed, intro, candidates, rows, labels, gold, episode.EndSeconds, grams, spans);
    }

    private static List<double> Hypothesis(Prepared episode, BoundaryModel model, SegmentationSettings settings) =>
        Hypothesis(episode, LogOdds(episode, model), model, settings);

    private static List<double> Hypothesis(Prepared episode, double[] logOdds, BoundaryModel model, SegmentationSettings settings) =>
        Times(episode, ChapterStarts(episode, logOdds, model, settings));

    private static List<double> Times(Prepared episode, List<int> starts) =>
        [.. starts.Select(p => episode.Source.Paragraphs[p].Start!.Value.TotalSeconds)];

    // The first paragraph of every chapter, the opening's included.
    private static List<int> ChapterStarts(Prepared episode, double[] logOdds, BoundaryModel model, SegmentationSettings settings)
    {
        var starts = new List<int> { 0 };
        if (episode.Intro > 0)
        {
            starts.Add(episode.Intro);
        }

        var end = episode.Analyzed.Paragraphs.Length;
        if (episode.Candidates.Count > 0 && episode.Analyzed.ParagraphMinute[end] - episode.Analyzed.ParagraphMinute[episode.Intro] >= 2 * settings.MinMinutes)
        {
            starts.AddRange(BoundaryFinder.Decide(episode.Analyzed, episode.Intro, end, episode.Candidates, logOdds, model, settings, episode.Spans?[Array.IndexOf(SmoothingGrid, model.CohesionSmoothing)]));
        }

        return starts;
    }

    // Titles of the held-out chapters, scored like the committed model's in eval-chapters: a content word shared with the
    // gold title the chapter overlaps most.
    private static double TitleOverlap(Prepared episode, List<int> starts, bool keepSpeakers)
    {
        var end = episode.Analyzed.Paragraphs.Length;
        var ranges = starts.Select((first, i) => (First: first, End: i + 1 < starts.Count ? starts[i + 1] : end)).ToList();
        var context = keepSpeakers ? episode.Source.Context : episode.Source.Context with { Hosts = [] };
        var (titles, _) = ChapterTitler.Title(episode.Analyzed, ranges, episode.Intro > 0, context);
        var chapters = ranges.Select((r, i) => new Chapter(titles[i], r.First, r.End - r.First, episode.Source.Paragraphs[r.First].Start, string.Empty)).ToImmutableArray();
        return TitleOverlap(chapters, titles, episode.Source, episode.Analyzed.Analyzer);
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

    // The bias shift, target length and length weight with the lowest Pk whose chapter count stays near the outlines',
    // then the weight of the chapters' word likelihood that places those boundaries best.
    private static BoundaryModel Tune(List<(Prepared Episode, BoundaryModel Model)> episodes, SegmentationSettings settings, double[] cohesionGrid)
    {
        var zero = new BoundaryModel(0, [], 8, 1);
        var best = zero;
        var bestPk = double.MaxValue;
        var logOdds = episodes.Select(e => LogOdds(e.Episode, e.Model)).ToList();
        var (target, length) = LengthPrior(episodes.Select(e => e.Episode));
        foreach (var share in ShareGrid)
        {
            foreach (var cost in CostGrid)
            {
                var scores = new Scores("tune");
                var trial = zero with { TargetMinutes = target, LengthWeight = length, NeighbourShare = share };
                for (var e = 0; e < episodes.Count; e++)
                {
                    var shifted = logOdds[e].Select(v => v - cost).ToArray();
                    scores.Add(episodes[e].Episode.Gold, Hypothesis(episodes[e].Episode, shifted, trial, settings), episodes[e].Episode.EndSeconds);
                }

                // Pk alone rewards too few chapters; keep the count near the outlines'.
                if (scores.MeanPk < bestPk && Math.Abs(Math.Log(scores.MeanCountRatio)) <= MaxCountDrift)
                {
                    bestPk = scores.MeanPk;
                    best = trial with { Bias = -cost };
                }
            }
        }

        // The count stays as chosen above; only where the boundaries fall moves.
        var placed = best;
        bestPk = double.MaxValue;
        foreach (var smoothing in SmoothingGrid)
        {
            foreach (var weight in cohesionGrid)
            {
                var scores = new Scores("tune");
                var trial = best with { Bias = 0, CohesionWeight = weight, CohesionSmoothing = smoothing };
                for (var e = 0; e < episodes.Count; e++)
                {
                    var shifted = logOdds[e].Select(v => v + best.Bias).ToArray();
                    scores.Add(episodes[e].Episode.Gold, Hypothesis(episodes[e].Episode, shifted, trial, settings), episodes[e].Episode.EndSeconds);
                }

                if (scores.MeanPk < bestPk)
                {
                    bestPk = scores.MeanPk;
                    placed = trial with { Bias = best.Bias };
                }
            }
        }

        return placed;
    }

    // Newton's method on the L2-penalised log-likelihood; a handful of features converges in a few steps.
    private static BoundaryModel FitLogistic(List<(Prepared Episode, double[][] Rows)> episodes)
    {
        const double Penalty = 1.0;
        var n = BoundaryFeatures.Count + 1;
        var beta = new double[n];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (episode, rows) in episodes)
            {
                for (var c = 0; c < rows.Length; c++)
                {
                    var x = Augment(rows[c]);
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

        // Rounded before the trees are fitted on its margins, so the written model scores exactly as the fitted one.
        return new BoundaryModel(Math.Round(beta[0], 4), [.. beta.Skip(1).Select(b => Math.Round(b, 4))], 8, 1);
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
        Episode Source, AnalyzedEpisode Analyzed, int Intro, List<int> Candidates, double[][] Rows, bool[] Labels, List<double> Gold, double EndSeconds, string[][] Grams, SpanLikelihood[]? Spans);
}
