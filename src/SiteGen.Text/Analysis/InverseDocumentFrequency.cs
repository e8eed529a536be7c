namespace SiteGen.Text.Analysis;

/// <summary>IDF weights computed inside one text: terms spread over every block weigh little.</summary>
internal static class InverseDocumentFrequency
{
    /// <summary>idf(t) = ln(1 + N / df(t)) over <paramref name="documents"/>, indexed by term id.</summary>
    public static double[] Compute(IReadOnlyList<List<int>> documents, int vocabularySize)
    {
        var df = new int[vocabularySize];
        var lastSeen = new int[vocabularySize];
        Array.Fill(lastSeen, -1);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var id in documents[d])
            {
                if (lastSeen[id] != d)
                {
                    lastSeen[id] = d;
                    df[id]++;
                }
            }
        }

        var idf = new double[vocabularySize];
        var n = Math.Max(1, documents.Count);
        for (var t = 0; t < vocabularySize; t++)
        {
            idf[t] = df[t] == 0 ? 0 : Math.Log(1.0 + ((double)n / df[t]));
        }

        return idf;
    }
}
