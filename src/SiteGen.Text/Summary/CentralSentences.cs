using SiteGen.Text.Analysis;

namespace SiteGen.Text.Summary;

/// <summary>Picks the sentences that best represent a stretch of an episode and read on their own.</summary>
internal static class CentralSentences
{
    private const int MaxGraphSentences = 1500;
    private const double Relevance = 0.7;
    private const double MaxRedundancy = 0.8;

    /// <summary>
    /// The standalone sentence of [first, end) closest to the stretch's TF-IDF centroid; first-person sentences only
    /// when nothing else stands alone. -1 when no sentence qualifies.
    /// </summary>
    public static int MostCentral(AnalyzedEpisode episode, int first, int end, double[] idf, double[] weight)
    {
        var scratch = new Dictionary<int, int>();
        var centroid = SparseVector.FromTerms(episode.TermsOfSentences(first, end), idf, scratch);
        foreach (var allowFirstPerson in (ReadOnlySpan<bool>)[false, true])
        {
            var best = -1;
            var bestScore = 0.0;
            for (var s = first; s < end; s++)
            {
                var sentence = episode.Sentences[s];
                if (!SentenceSuitability.IsStandalone(episode.TextOf(sentence), allowFirstPerson))
                {
                    continue;
                }

                var score = SparseVector.FromTerms(episode.TermsOf(sentence), idf, scratch).Cosine(centroid) * weight[s];
                if (score > bestScore)
                {
                    best = s;
                    bestScore = score;
                }
            }

            if (best >= 0)
            {
                return best;
            }
        }

        return -1;
    }

    /// <summary>
    /// Up to <paramref name="count"/> central, mutually different standalone sentences of [first, end) (LexRank with an
    /// MMR redundancy penalty), at most one per group while groups remain; returned in reading order.
    /// </summary>
    /// <param name="weight">Multiplies each sentence's centrality (indexed by sentence); favours on-topic sentences.</param>
    public static List<int> Select(
        AnalyzedEpisode episode, int first, int end, double[] idf, int[] groupOfSentence, double[] weight, int count)
    {
        var scratch = new Dictionary<int, int>();
        var candidates = new List<int>();
        var vectors = new List<SparseVector>();
        foreach (var allowFirstPerson in (ReadOnlySpan<bool>)[false, true])
        {
            for (var s = first; s < end; s++)
            {
                var sentence = episode.Sentences[s];
                if (SentenceSuitability.IsStandalone(episode.TextOf(sentence), allowFirstPerson) && sentence.TermCount >= 3)
                {
                    candidates.Add(s);
                }
            }

            if (candidates.Count >= count * 3)
            {
                break;
            }

            candidates.Clear();
        }

        if (candidates.Count == 0)
        {
            for (var s = first; s < end; s++)
            {
                if (SentenceSuitability.IsStandalone(episode.TextOf(episode.Sentences[s]), allowFirstPerson: true))
                {
                    candidates.Add(s);
                }
            }
        }

        foreach (var s in candidates)
        {
            vectors.Add(SparseVector.FromTerms(episode.TermsOf(episode.Sentences[s]), idf, scratch));
        }

        if (candidates.Count > MaxGraphSentences)
        {
            (candidates, vectors) = ClosestToCentroid(episode, first, end, idf, candidates, vectors, MaxGraphSentences);
        }

        var centrality = LexRank.Centrality(vectors);
        var max = 0.0;
        for (var i = 0; i < centrality.Length; i++)
        {
            centrality[i] *= weight[candidates[i]];
            max = Math.Max(max, centrality[i]);
        }

        var chosen = new List<int>();
        var usedGroups = new HashSet<int>();
        var distinctGroups = new HashSet<int>();
        foreach (var s in candidates)
        {
            distinctGroups.Add(groupOfSentence[s]);
        }

        while (chosen.Count < count && chosen.Count < candidates.Count)
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (chosen.Contains(i) || (usedGroups.Count < distinctGroups.Count && usedGroups.Contains(groupOfSentence[candidates[i]])))
                {
                    continue;
                }

                var redundancy = 0.0;
                foreach (var j in chosen)
                {
                    redundancy = Math.Max(redundancy, vectors[i].Cosine(vectors[j]));
                }

                // A near-repeat adds nothing however central it is.
                if (redundancy > MaxRedundancy)
                {
                    continue;
                }

                var score = (Relevance * (max > 0 ? centrality[i] / max : 0)) - ((1 - Relevance) * redundancy);
                if (score > bestScore)
                {
                    best = i;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
            usedGroups.Add(groupOfSentence[candidates[best]]);
        }

        var result = new List<int>(chosen.Count);
        foreach (var i in chosen)
        {
            result.Add(candidates[i]);
        }

        result.Sort();
        return result;
    }

    private static (List<int>, List<SparseVector>) ClosestToCentroid(
        AnalyzedEpisode episode, int first, int end, double[] idf, List<int> candidates, List<SparseVector> vectors, int keep)
    {
        var centroid = SparseVector.FromTerms(episode.TermsOfSentences(first, end), idf, new Dictionary<int, int>());
        var order = new int[candidates.Count];
        var scores = new double[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            scores[i] = vectors[i].Cosine(centroid);
        }

        Array.Sort(order, (a, b) =>
        {
            var byScore = scores[b].CompareTo(scores[a]);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });
        var kept = order.AsSpan(0, keep).ToArray();
        Array.Sort(kept);
        var keptCandidates = new List<int>(keep);
        var keptVectors = new List<SparseVector>(keep);
        foreach (var i in kept)
        {
            keptCandidates.Add(candidates[i]);
            keptVectors.Add(vectors[i]);
        }

        return (keptCandidates, keptVectors);
    }
}
