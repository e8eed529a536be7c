namespace SiteGen.Text.Analysis;

/// <summary>A term-weight vector stored as ids in ascending order, so dot products are a merge.</summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    private readonly int[] ids;
    private readonly double[] weights;

    private SparseVector(int[] ids, double[] weights)
    {
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        foreach (var w in weights)
        {
            sum += w * w;
        }

        Norm = Math.Sqrt(sum);
    }

    public double Norm { get; }

    /// <summary>Weights each term's count by <paramref name="idf"/> (or 1 when null).</summary>
    public static SparseVector FromCounts(Dictionary<int, int> counts, double[]? idf = null)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var ids = new int[counts.Count];
        counts.Keys.CopyTo(ids, 0);
        Array.Sort(ids);
        var weights = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            weights[i] = counts[id] * (idf is null || id >= idf.Length ? 1.0 : idf[id]);
        }

        return new SparseVector(ids, weights);
    }

    /// <summary>Counts the ids in a span of term ids and weights them.</summary>
    public static SparseVector FromTerms(ReadOnlySpan<int> termIds, double[]? idf, Dictionary<int, int> scratch)
    {
        scratch.Clear();
        foreach (var id in termIds)
        {
            scratch[id] = scratch.GetValueOrDefault(id) + 1;
        }

        return FromCounts(scratch, idf);
    }

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int a = 0, b = 0;
        var otherIds = other.ids;
        while (a < ids.Length && b < otherIds.Length)
        {
            var x = ids[a];
            var y = otherIds[b];
            if (x == y)
            {
                sum += weights[a] * other.weights[b];
                a++;
                b++;
            }
            else if (x < y)
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return sum;
    }

    public double Cosine(SparseVector other)
    {
        var denominator = Norm * other.Norm;
        return denominator == 0 ? 0 : Dot(other) / denominator;
    }
}
