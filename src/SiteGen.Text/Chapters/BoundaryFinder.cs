using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Topic boundaries: a logistic model scores each paragraph start from <see cref="BoundaryFeatures"/> (TextTiling depth,
/// new vocabulary, turn cues), then a dynamic program trades those log-odds against a log-normal chapter-length prior.
/// </summary>
internal static class BoundaryFinder
{
    private const double MaxPooled = 0.999;

    /// <summary>Paragraph indices (ascending, all in (first, end)) where new chapters start.</summary>
    public static List<int> Find(AnalyzedEpisode episode, int first, int end, EpisodeContext context, SegmentationSettings settings)
    {
        var startMinute = episode.ParagraphMinute[first];
        var endMinute = episode.ParagraphMinute[end];
        if (endMinute - startMinute < 2 * settings.MinMinutes)
        {
            return [];
        }

        var model = settings.Model ?? (HasSpeakers(episode, first, end) ? BoundaryModel.WithSpeakers : BoundaryModel.WithoutSpeakers);
        var (candidates, rows) = BoundaryFeatures.Compute(episode, first, end, context, settings, model.Cues);
        if (candidates.Count == 0)
        {
            return [];
        }

        var gain = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            gain[i] = model.LogOdds(rows[i]);
        }

        return Decide(episode, first, end, candidates, gain, model, settings);
    }

    /// <summary>
    /// The best boundaries among scored candidates under the length prior; with <see cref="BoundaryModel.CohesionWeight"/>
    /// the same number of boundaries is then placed again so that each chapter's words also hang together.
    /// </summary>
    public static List<int> Decide(
        AnalyzedEpisode episode, int first, int end, List<int> candidates, double[] logOdds, BoundaryModel model, SegmentationSettings settings,
        SpanLikelihood? spans = null)
    {
        var gain = (double[])logOdds.Clone();
        var positions = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            positions[i] = episode.ParagraphMinute[candidates[i]];
        }

        if (model.NeighbourShare > 0)
        {
            Pool(gain, positions, model.NeighbourShare, model.NeighbourMinutes);
        }

        var chosen = Choose(positions, gain, episode.ParagraphMinute[first], episode.ParagraphMinute[end], model, settings);
        if (model.CohesionWeight > 0 && chosen.Count > 0)
        {
            spans ??= SpanLikelihood.Compute(episode, first, end, candidates, settings.MaxMinutes, model.CohesionSmoothing);
            chosen = Place(positions, gain, episode.ParagraphMinute[first], episode.ParagraphMinute[end], model, settings, spans, chosen.Count);
        }
        var result = new List<int>(chosen.Count);
        foreach (var i in chosen)
        {
            result.Add(candidates[i]);
        }

        return result;
    }

    // Adds the neighbours' probabilities to each candidate's, so evidence spread over nearby turns counts as a whole.
    private static void Pool(double[] gain, double[] positions, double share, double reach)
    {
        var probability = new double[gain.Length];
        for (var i = 0; i < gain.Length; i++)
        {
            probability[i] = 1 / (1 + Math.Exp(-gain[i]));
        }

        var low = 0;
        for (var i = 0; i < gain.Length; i++)
        {
            while (positions[i] - positions[low] > reach)
            {
                low++;
            }

            var pooled = probability[i];
            for (var j = low; j < gain.Length && positions[j] - positions[i] <= reach; j++)
            {
                if (j != i)
                {
                    pooled += share * probability[j] * (1 - (Math.Abs(positions[j] - positions[i]) / reach));
                }
            }

            pooled = Math.Min(pooled, MaxPooled);
            gain[i] = Math.Log(pooled / (1 - pooled));
        }
    }

    public static bool HasSpeakers(AnalyzedEpisode episode, int first, int end)
    {
        for (var p = first; p < end; p++)
        {
            if (episode.Paragraphs[p].Speaker is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Choose(double[] positions, double[] gain, double start, double end, BoundaryModel model, SegmentationSettings settings)
    {
        var n = positions.Length;
        var at = Nodes(positions, start, end);
        var best = new double[n + 2];
        var from = new int[n + 2];
        Array.Fill(best, double.NegativeInfinity);
        best[0] = 0;
        for (var i = 1; i <= n + 1; i++)
        {
            var nodeGain = i <= n ? gain[i - 1] : 0;
            for (var j = i - 1; j >= 0; j--)
            {
                var length = at[i] - at[j];
                if (length > settings.MaxMinutes && j < i - 1)
                {
                    break;
                }

                if (double.IsNegativeInfinity(best[j]) || (length < settings.MinMinutes && !(j == 0 && i == n + 1)))
                {
                    continue;
                }

                var score = best[j] + LengthPrior(length, model) + nodeGain;
                if (score > best[i])
                {
                    best[i] = score;
                    from[i] = j;
                }
            }
        }

        var chosen = new List<int>();
        if (double.IsNegativeInfinity(best[n + 1]))
        {
            return chosen;
        }

        for (var node = from[n + 1]; node > 0; node = from[node])
        {
            chosen.Add(node - 1);
        }

        chosen.Reverse();
        return chosen;
    }

    // The same trade as Choose for exactly count (at least one) boundaries, each chapter also scored by how well one
    // word distribution explains it: the count comes from the scores, the placement also from the words.
    private static List<int> Place(
        double[] positions, double[] gain, double start, double end, BoundaryModel model, SegmentationSettings settings, SpanLikelihood spans, int count)
    {
        var n = positions.Length;
        var at = Nodes(positions, start, end);
        var chapters = count + 1;
        var best = new double[chapters + 1][];
        var from = new int[chapters + 1][];
        for (var k = 0; k <= chapters; k++)
        {
            best[k] = new double[n + 2];
            from[k] = new int[n + 2];
            Array.Fill(best[k], double.NegativeInfinity);
        }

        best[0][0] = 0;
        for (var k = 1; k <= chapters; k++)
        {
            for (var i = 1; i <= n + 1; i++)
            {
                if ((k == chapters) != (i == n + 1))
                {
                    continue;
                }

                var nodeGain = i <= n ? gain[i - 1] : 0;
                for (var j = i - 1; j >= 0; j--)
                {
                    var length = at[i] - at[j];
                    if (length > settings.MaxMinutes && j < i - 1)
                    {
                        break;
                    }

                    if (double.IsNegativeInfinity(best[k - 1][j]) || length < settings.MinMinutes)
                    {
                        continue;
                    }

                    var score = best[k - 1][j] + LengthPrior(length, model) + nodeGain + (model.CohesionWeight * spans.Score(j, i));
                    if (score > best[k][i])
                    {
                        best[k][i] = score;
                        from[k][i] = j;
                    }
                }
            }
        }

        var chosen = new List<int>(count);
        if (double.IsNegativeInfinity(best[chapters][n + 1]))
        {
            return chosen;
        }

        for (int k = chapters, node = n + 1; k > 1; k--)
        {
            node = from[k][node];
            chosen.Add(node - 1);
        }

        chosen.Reverse();
        return chosen;
    }

    // Node 0 is the start, nodes 1..n the candidates, node n + 1 the end.
    private static double[] Nodes(double[] positions, double start, double end)
    {
        var at = new double[positions.Length + 2];
        at[0] = start;
        positions.CopyTo(at, 1);
        at[^1] = end;
        return at;
    }

        private static double LengthPrior(double minutes, BoundaryModel model)
    {
        var ratio = Math.Log(Math.Max(minutes, 0.1) / model.TargetMinutes);
        return -model.LengthWeight * ratio * ratio;
    }
}
