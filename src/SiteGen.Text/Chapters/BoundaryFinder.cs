using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// TextTiling-style topic boundaries: TF-IDF cohesion between the speech just before and just after each paragraph
/// start, depth of each dip, then a dynamic program that trades boundary depth against a log-normal chapter-length prior.
/// </summary>
internal static class BoundaryFinder
{
    /// <summary>Paragraph indices (ascending, all in (first, end)) where new chapters start.</summary>
    public static List<int> Find(AnalyzedEpisode episode, int first, int end, EpisodeContext context, SegmentationSettings settings)
    {
        var candidates = new List<int>();
        for (var p = first + 1; p < end; p++)
        {
            if (episode.ParagraphFirstSentence[p + 1] > episode.ParagraphFirstSentence[p])
            {
                candidates.Add(p);
            }
        }

        var startMinute = episode.ParagraphMinute[first];
        var endMinute = episode.ParagraphMinute[end];
        if (candidates.Count == 0 || endMinute - startMinute < 2 * settings.MinMinutes)
        {
            return [];
        }

        var idf = episode.BlockIdf(first, end, settings.BlockMinutes);
        var similarity = Cohesion(episode, first, end, candidates, idf, settings.WindowMinutes);
        Smooth(similarity);
        var depth = Depths(similarity);
        var gain = Standardize(depth);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (IsQuestionTurn(episode, candidates[i], context))
            {
                gain[i] += settings.QuestionCue;
            }
        }

        var positions = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            positions[i] = episode.ParagraphMinute[candidates[i]];
        }

        var chosen = Choose(positions, gain, startMinute, endMinute, settings);
        var result = new List<int>(chosen.Count);
        foreach (var i in chosen)
        {
            result.Add(candidates[i]);
        }

        return result;
    }

    private static double[] Cohesion(
        AnalyzedEpisode episode, int first, int end, List<int> candidates, double[] idf, double windowMinutes)
    {
        var firstSentence = episode.ParagraphFirstSentence[first];
        var endSentence = episode.ParagraphFirstSentence[end];
        var scratch = new Dictionary<int, int>();
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var gap = episode.ParagraphFirstSentence[candidates[i]];
            var gapMinute = episode.Sentences[gap].Minute;
            var left = gap;
            while (left > firstSentence && gapMinute - episode.Sentences[left - 1].Minute <= windowMinutes)
            {
                left--;
            }

            // Always take at least one sentence, even across a long monologue.
            left = Math.Min(left, gap - 1);
            var right = gap;
            while (right < endSentence && episode.Sentences[right].Minute - gapMinute < windowMinutes)
            {
                right++;
            }

            right = Math.Max(right, gap + 1);
            var before = SparseVector.FromTerms(episode.TermsOfSentences(left, gap), idf, scratch);
            var after = SparseVector.FromTerms(episode.TermsOfSentences(gap, right), idf, scratch);
            similarity[i] = before.Cosine(after);
        }

        return similarity;
    }

    private static void Smooth(double[] values)
    {
        if (values.Length < 3)
        {
            return;
        }

        var copy = (double[])values.Clone();
        for (var i = 1; i < values.Length - 1; i++)
        {
            values[i] = (copy[i - 1] + (2 * copy[i]) + copy[i + 1]) / 4;
        }
    }

    private static double[] Depths(double[] similarity)
    {
        var depth = new double[similarity.Length];
        for (var i = 0; i < similarity.Length; i++)
        {
            var left = similarity[i];
            for (var j = i - 1; j >= 0 && similarity[j] >= left; j--)
            {
                left = similarity[j];
            }

            var right = similarity[i];
            for (var j = i + 1; j < similarity.Length && similarity[j] >= right; j++)
            {
                right = similarity[j];
            }

            depth[i] = left + right - (2 * similarity[i]);
        }

        return depth;
    }

    // Depth scales differ between a chatty and a technical episode; standard units make one prior fit both.
    private static double[] Standardize(double[] values)
    {
        double mean = 0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        double variance = 0;
        foreach (var v in values)
        {
            variance += (v - mean) * (v - mean);
        }

        var sd = Math.Sqrt(variance / values.Length);
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = sd > 1e-12 ? (values[i] - mean) / sd : 0;
        }

        return result;
    }

    private static bool IsQuestionTurn(AnalyzedEpisode episode, int paragraph, EpisodeContext context)
    {
        var current = episode.Paragraphs[paragraph];
        var previous = episode.Paragraphs[paragraph - 1];
        if (current.Speaker is not null && string.Equals(current.Speaker, previous.Speaker, StringComparison.Ordinal))
        {
            return false;
        }

        if (current.Speaker is not null && !context.Hosts.IsDefaultOrEmpty && !IsHost(current.Speaker, context))
        {
            return false;
        }

        foreach (var sentence in current.Sentences)
        {
            if (sentence.Text.TrimEnd().EndsWith('?'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHost(string speaker, EpisodeContext context)
    {
        foreach (var host in context.Hosts)
        {
            if (string.Equals(host, speaker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static List<int> Choose(double[] positions, double[] gain, double start, double end, SegmentationSettings settings)
    {
        var n = positions.Length;

        // Node 0 is the start, nodes 1..n the candidates, node n + 1 the end.
        var at = new double[n + 2];
        at[0] = start;
        positions.CopyTo(at, 1);
        at[n + 1] = end;
        var best = new double[n + 2];
        var from = new int[n + 2];
        Array.Fill(best, double.NegativeInfinity);
        best[0] = 0;
        for (var i = 1; i <= n + 1; i++)
        {
            var nodeGain = i <= n ? gain[i - 1] - settings.BoundaryCost : 0;
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

                var score = best[j] + LengthPrior(length, settings) + nodeGain;
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

    private static double LengthPrior(double minutes, SegmentationSettings settings)
    {
        var ratio = Math.Log(Math.Max(minutes, 0.1) / settings.TargetMinutes);
        return -settings.LengthWeight * ratio * ratio;
    }
}
