using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// How well one word distribution explains the words between two boundary nodes (the range's start, each candidate
/// paragraph, the range's end): the Dirichlet-multinomial log-likelihood, as in Bayesian lexical-cohesion segmenters.
/// A chapter that keeps to its topic repeats its words and scores higher than one that straddles two topics.
/// </summary>
internal sealed class SpanLikelihood
{
    private const int TableSize = 1024;

    // rows[j][i - j - 1]: the span from node j to node i, for every i within the longest chapter (and always i = j + 1).
    private readonly double[][] rows;

    private SpanLikelihood(double[][] rows) => this.rows = rows;

    public double Score(int from, int to) => rows[from][to - from - 1];

    /// <param name="smoothing">The Dirichlet prior's count for every word of the episode's vocabulary.</param>
    public static SpanLikelihood Compute(AnalyzedEpisode episode, int first, int end, List<int> candidates, double maxMinutes, double smoothing)
    {
        var logCount = new double[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            logCount[c] = Math.Log(c + smoothing);
        }

        var n = candidates.Count;
        var nodes = new int[n + 2];
        nodes[0] = first;
        candidates.CopyTo(nodes, 1);
        nodes[n + 1] = end;

        var total = episode.TermsOfSentences(episode.ParagraphFirstSentence[first], episode.ParagraphFirstSentence[end]).Length;
        var norm = new double[total + 1];
        var prior = episode.Vocabulary.Count * smoothing;
        for (var w = 0; w < total; w++)
        {
            norm[w + 1] = norm[w] + Math.Log(w + prior);
        }

        var counts = new int[episode.Vocabulary.Count];
        var touched = new List<int>();
        var rows = new double[n + 1][];
        var scores = new List<double>();
        for (var j = 0; j <= n; j++)
        {
            foreach (var t in touched)
            {
                counts[t] = 0;
            }

            touched.Clear();
            scores.Clear();
            double sum = 0;
            var words = 0;
            for (var i = j + 1; i <= n + 1; i++)
            {
                if (i > j + 1 && episode.ParagraphMinute[nodes[i]] - episode.ParagraphMinute[nodes[j]] > maxMinutes)
                {
                    break;
                }

                foreach (var t in episode.TermsOfSentences(episode.ParagraphFirstSentence[nodes[i - 1]], episode.ParagraphFirstSentence[nodes[i]]))
                {
                    var c = counts[t]++;
                    if (c == 0)
                    {
                        touched.Add(t);
                    }

                    sum += c < TableSize ? logCount[c] : Math.Log(c + smoothing);
                    words++;
                }

                scores.Add(sum - norm[words]);
            }

            rows[j] = [.. scores];
        }

        return new SpanLikelihood(rows);
    }
}
