using SiteGen.Text.Analysis;

namespace SiteGen.Text.Summary;

/// <summary>Graph centrality of sentences (LexRank): a sentence is central when many central sentences resemble it.</summary>
internal static class LexRank
{
    private const double Damping = 0.85;
    private const int Iterations = 40;

    public static double[] Centrality(IReadOnlyList<SparseVector> vectors, double threshold = 0.1)
    {
        var n = vectors.Count;
        var neighbours = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            neighbours[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (vectors[i].Cosine(vectors[j]) > threshold)
                {
                    neighbours[i].Add(j);
                    neighbours[j].Add(i);
                }
            }
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / Math.Max(1, n));
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Fill(next, (1 - Damping) / Math.Max(1, n));
            for (var i = 0; i < n; i++)
            {
                var links = neighbours[i];
                if (links.Count == 0)
                {
                    continue;
                }

                var share = Damping * rank[i] / links.Count;
                foreach (var j in links)
                {
                    next[j] += share;
                }
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }
}
