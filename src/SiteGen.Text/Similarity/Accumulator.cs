namespace SiteGen.Text.Similarity;

/// <summary>
/// Score accumulators for one query at a time, reused across queries: a generation stamp clears them in O(touched)
/// instead of O(episodes), which is what keeps a 10,000-episode site linear.
/// </summary>
internal sealed class Accumulator
{
    private readonly int[] stamps;
    private readonly int[] touched;
    private int generation;
    private int touchedCount;

    public Accumulator(int size)
    {
        Scores = new double[size];
        stamps = new int[size];
        touched = new int[size];
    }

    public double[] Scores { get; }

    public void Reset()
    {
        generation++;
        touchedCount = 0;
    }

    public void Add(int doc, double value)
    {
        if (stamps[doc] != generation)
        {
            stamps[doc] = generation;
            Scores[doc] = 0;
            touched[touchedCount++] = doc;
        }

        Scores[doc] += value;
    }

    /// <summary>Writes the best documents (score descending, then index ascending) into top; returns how many.</summary>
    public int Top(Span<int> top)
    {
        int count = 0;
        for (int i = 0; i < touchedCount; i++)
        {
            int doc = touched[i];
            double score = Scores[doc];
            if (score <= 0)
            {
                continue;
            }

            if (count == top.Length && !Better(doc, top[count - 1]))
            {
                continue;
            }

            int at = count < top.Length ? count++ : count - 1;
            while (at > 0 && Better(doc, top[at - 1]))
            {
                top[at] = top[at - 1];
                at--;
            }

            top[at] = doc;
        }

        return count;
    }

    private bool Better(int doc, int than)
    {
        double a = Scores[doc];
        double b = Scores[than];
        return a > b || (a == b && doc < than);
    }
}
