using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Cohesion through word vectors: the idf-weighted mean vectors of the speech before and after a gap, so a talk that
/// goes from "gpu" to "cuda" stays one topic although no term repeats, while a turn from chips to chess does not.
/// </summary>
internal sealed class SemanticCohesion
{
    private readonly AnalyzedEpisode episode;
    private readonly int dims;

    // The idf-weighted sum of the word vectors of each sentence, row-major.
    private readonly double[] sentenceSums;

    public SemanticCohesion(AnalyzedEpisode episode, double[] idf, WordVectors vectors)
    {
        this.episode = episode;
        dims = vectors.Dimensions;
        var vocabulary = episode.Vocabulary;
        var rows = new int[Math.Min(idf.Length, vocabulary.Count)];
        for (var id = 0; id < rows.Length; id++)
        {
            rows[id] = vectors.IndexOf(vocabulary[id]);
        }

        sentenceSums = new double[episode.Sentences.Length * dims];
        var weights = new double[episode.Sentences.Length];
        var mean = new double[dims];
        double total = 0;
        for (var s = 0; s < episode.Sentences.Length; s++)
        {
            var sum = sentenceSums.AsSpan(s * dims, dims);
            foreach (var id in episode.TermsOf(episode.Sentences[s]))
            {
                if (id < rows.Length && rows[id] != WordVectors.NoVector)
                {
                    var weight = idf[id];
                    var vector = vectors.Vector(rows[id]);
                    weights[s] += weight;
                    for (var d = 0; d < dims; d++)
                    {
                        sum[d] += weight * vector[d];
                    }
                }
            }

            total += weights[s];
            for (var d = 0; d < dims; d++)
            {
                mean[d] += sum[d];
            }
        }

        // What the whole episode is about is shared by every window; only the drift from it tells topics apart.
        if (total > 0)
        {
            for (var s = 0; s < episode.Sentences.Length; s++)
            {
                var sum = sentenceSums.AsSpan(s * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    sum[d] -= weights[s] * mean[d] / total;
                }
            }
        }
    }

    /// <summary>
    /// Cosine between the speech of the <paramref name="beforeMinutes"/> before each candidate paragraph and the
    /// <paramref name="afterMinutes"/> from its start, at least one sentence on each side.
    /// </summary>
    public double[] Between(int first, int end, List<int> candidates, double beforeMinutes, double afterMinutes)
    {
        var sentences = episode.Sentences;
        var endSentence = episode.ParagraphFirstSentence[end];
        var leftSum = new double[dims];
        var rightSum = new double[dims];
        var left = episode.ParagraphFirstSentence[first];
        var gap = left;
        var right = left;
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var next = episode.ParagraphFirstSentence[candidates[i]];
            for (; right < next; right++)
            {
                Add(rightSum, right, 1);
            }

            for (; gap < next; gap++)
            {
                Add(rightSum, gap, -1);
                Add(leftSum, gap, 1);
            }

            var gapMinute = sentences[gap].Minute;
            for (; right < endSentence && (right == gap || sentences[right].Minute - gapMinute < afterMinutes); right++)
            {
                Add(rightSum, right, 1);
            }

            for (; left < gap - 1 && gapMinute - sentences[left].Minute > beforeMinutes; left++)
            {
                Add(leftSum, left, -1);
            }

            similarity[i] = Cosine(leftSum, rightSum);
        }

        return similarity;
    }

    /// <summary>Cosine between each candidate paragraph itself and the <paramref name="beforeMinutes"/> before it.</summary>
    public double[] OwnEcho(int first, List<int> candidates, double beforeMinutes)
    {
        var sentences = episode.Sentences;
        var before = new double[dims];
        var own = new double[dims];
        var left = episode.ParagraphFirstSentence[first];
        var gap = left;
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = candidates[i];
            var next = episode.ParagraphFirstSentence[p];
            for (; gap < next; gap++)
            {
                Add(before, gap, 1);
            }

            var gapMinute = sentences[gap].Minute;
            for (; left < gap - 1 && gapMinute - sentences[left].Minute > beforeMinutes; left++)
            {
                Add(before, left, -1);
            }

            Array.Clear(own);
            for (var s = gap; s < episode.ParagraphFirstSentence[p + 1]; s++)
            {
                Add(own, s, 1);
            }

            similarity[i] = Cosine(before, own);
        }

        return similarity;
    }

    /// <summary>Cosine between each candidate paragraph and the speech after it, up to <paramref name="aheadMinutes"/> from its start.</summary>
    public double[] ForwardEcho(int end, List<int> candidates, double aheadMinutes)
    {
        var sentences = episode.Sentences;
        var endSentence = episode.ParagraphFirstSentence[end];
        var after = new double[dims];
        var own = new double[dims];
        var from = 0;
        var to = 0;
        var similarity = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var p = candidates[i];
            var gap = episode.ParagraphFirstSentence[p];
            var ownEnd = episode.ParagraphFirstSentence[p + 1];
            var until = sentences[gap].Minute + aheadMinutes;
            for (; to < endSentence && sentences[to].Minute < until; to++)
            {
                if (to >= from)
                {
                    Add(after, to, 1);
                }
            }

            for (; from < ownEnd; from++)
            {
                if (from < to)
                {
                    Add(after, from, -1);
                }
            }

            if (to < from)
            {
                to = from;
            }

            Array.Clear(own);
            for (var s = gap; s < ownEnd; s++)
            {
                Add(own, s, 1);
            }

            similarity[i] = Cosine(own, after);
        }

        return similarity;
    }

    private void Add(double[] sum, int sentence, int sign)
    {
        var source = sentenceSums.AsSpan(sentence * dims, dims);
        for (var d = 0; d < dims; d++)
        {
            sum[d] += sign * source[d];
        }
    }

    private static double Cosine(double[] x, double[] y)
    {
        double dot = 0, xx = 0, yy = 0;
        for (var d = 0; d < x.Length; d++)
        {
            dot += x[d] * y[d];
            xx += x[d] * x[d];
            yy += y[d] * y[d];
        }

        return xx > 1e-12 && yy > 1e-12 ? dot / Math.Sqrt(xx * yy) : 0;
    }
}
