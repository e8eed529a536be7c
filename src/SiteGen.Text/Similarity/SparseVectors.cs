namespace SiteGen.Text.Similarity;

/// <summary>
/// Unit-length sparse vectors, one per episode, stored both by row (episode → features) and as an inverted index
/// (feature → episodes) in flat arrays, so that a query walks only the postings of its own features.
/// </summary>
internal sealed class SparseVectors
{
    private readonly int[] rowStart;
    private readonly int[] rowFeature;
    private readonly float[] rowWeight;
    private readonly int[] postStart;
    private readonly int[] postDoc;
    private readonly float[] postWeight;

    /// <param name="features">Per episode, feature ids in ascending order.</param>
    /// <param name="weights">Per episode, raw weights of those features; they are scaled to unit length here.</param>
    public SparseVectors(int[][] features, double[][] weights, int featureCount)
    {
        int docs = features.Length;
        rowStart = new int[docs + 1];
        for (int d = 0; d < docs; d++)
        {
            rowStart[d + 1] = rowStart[d] + features[d].Length;
        }

        int total = rowStart[docs];
        rowFeature = new int[total];
        rowWeight = new float[total];
        var postCount = new int[featureCount + 1];
        for (int d = 0; d < docs; d++)
        {
            double norm = 0;
            foreach (double w in weights[d])
            {
                norm += w * w;
            }

            norm = Math.Sqrt(norm);
            int at = rowStart[d];
            for (int i = 0; i < features[d].Length; i++)
            {
                rowFeature[at + i] = features[d][i];
                rowWeight[at + i] = norm > 0 ? (float)(weights[d][i] / norm) : 0f;
                postCount[features[d][i] + 1]++;
            }
        }

        postStart = new int[featureCount + 1];
        for (int f = 0; f < featureCount; f++)
        {
            postStart[f + 1] = postStart[f] + postCount[f + 1];
        }

        postDoc = new int[total];
        postWeight = new float[total];
        var fill = new int[featureCount];
        for (int d = 0; d < docs; d++)
        {
            for (int i = rowStart[d]; i < rowStart[d + 1]; i++)
            {
                int f = rowFeature[i];
                int at = postStart[f] + fill[f]++;
                postDoc[at] = d;
                postWeight[at] = rowWeight[i];
            }
        }
    }

    public int PostingCount => postDoc.Length;

    /// <summary>How many episodes have the feature.</summary>
    public int DocumentFrequency(int feature) => postStart[feature + 1] - postStart[feature];

    /// <summary>Adds scale × cosine(doc, other) to every other episode sharing a feature with doc.</summary>
    public void Accumulate(int doc, double scale, Accumulator accumulator)
    {
        if (scale == 0)
        {
            return;
        }

        for (int i = rowStart[doc]; i < rowStart[doc + 1]; i++)
        {
            int f = rowFeature[i];
            double w = scale * rowWeight[i];
            for (int p = postStart[f]; p < postStart[f + 1]; p++)
            {
                int other = postDoc[p];
                if (other != doc)
                {
                    accumulator.Add(other, w * postWeight[p]);
                }
            }
        }
    }

    /// <summary>Features both episodes have, largest contribution to their cosine first (then by feature id).</summary>
    public int[] Shared(int doc, int other)
    {
        var shared = new List<(int Feature, float Product)>();
        int i = rowStart[doc];
        int j = rowStart[other];
        while (i < rowStart[doc + 1] && j < rowStart[other + 1])
        {
            int a = rowFeature[i];
            int b = rowFeature[j];
            if (a == b)
            {
                shared.Add((a, rowWeight[i] * rowWeight[j]));
                i++;
                j++;
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        shared.Sort(static (x, y) => x.Product != y.Product ? y.Product.CompareTo(x.Product) : x.Feature.CompareTo(y.Feature));
        var result = new int[shared.Count];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = shared[k].Feature;
        }

        return result;
    }
}
