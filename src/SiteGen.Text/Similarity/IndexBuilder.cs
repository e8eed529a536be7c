using System.Collections.Immutable;

namespace SiteGen.Text.Similarity;

/// <summary>
/// Turns episodes into term counts as they stream in, then fixes every order (episodes by Id, terms and names
/// ordinally) before weighting, so the index does not depend on the order episodes were given in.
/// </summary>
internal sealed class IndexBuilder
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> wordTerms = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<string> surfaces = [];
    private readonly NameTable entityNames = new();
    private readonly NameTable guestNames = new();
    private readonly List<Episode> episodes = [];
    private readonly HashSet<string> seenIds = new(StringComparer.Ordinal);
    private int[] counts = new int[1024];
    private readonly List<int> touched = [];

    /// <summary>Maps each distinct word of an episode to its term once; the words were counted beforehand, in parallel.</summary>
    public void Add(RelatedEpisodeInput input, EpisodeWords words)
    {
        if (!seenIds.Add(input.Id))
        {
            throw new ArgumentException($"Two episodes have the Id '{input.Id}'.", nameof(input));
        }

        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[ContentWords.MaxLength];
        int tokens = 0;
        foreach (var (lower, count) in words.Counts)
        {
            // One lookup of the lowercased word replaces stopword checks, stemming and a second lookup.
            if (!wordTerms.TryGetValue(lower, out int id))
            {
                lower.CopyTo(buffer);
                int length = ContentWords.Normalize(buffer, lower.Length);
                id = length == 0 ? -1 : TermId(lookup, buffer[..length], lower);
                wordTerms.Add(lower, id);
            }

            if (id < 0)
            {
                continue;
            }

            if (counts[id] == 0)
            {
                touched.Add(id);
            }

            counts[id] += count;
            tokens += count;
        }

        var termIds = new int[touched.Count];
        var termCounts = new int[touched.Count];
        for (int i = 0; i < touched.Count; i++)
        {
            termIds[i] = touched[i];
            termCounts[i] = counts[touched[i]];
            counts[touched[i]] = 0;
        }

        touched.Clear();
        episodes.Add(new Episode(
            input.Id,
            termIds,
            termCounts,
            tokens,
            entityNames.AddAll(input.Entities),
            guestNames.AddAll(input.Guests)));
    }

    private int TermId(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> term, ReadOnlySpan<char> lowerWord)
    {
        if (lookup.TryGetValue(term, out int id))
        {
            KeepReadableSurface(id, lowerWord);
            return id;
        }

        id = terms.Count;
        string key = term.ToString();
        vocabulary.Add(key, id);
        terms.Add(key);
        surfaces.Add(lowerWord.ToString());
        if (counts.Length <= id)
        {
            Array.Resize(ref counts, counts.Length * 2);
        }

        return id;
    }

    public RelatedEpisodesIndex Build(RelatedEpisodesOptions options)
    {
        episodes.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        int[] termOrder = OrdinalRanks(terms);
        int[] entityOrder = OrdinalRanks(entityNames.Keys);
        int[] guestOrder = OrdinalRanks(guestNames.Keys);
        int docs = episodes.Count;

        var textFeatures = new int[docs][];
        var textWeights = new double[docs][];
        var entityFeatures = new int[docs][];
        var entityWeights = new double[docs][];
        var guestFeatures = new int[docs][];
        var guestWeights = new double[docs][];

        var df = new int[terms.Count];
        var entityDf = new int[entityOrder.Length];
        long totalTokens = 0;
        foreach (Episode e in episodes)
        {
            foreach (int t in e.Terms)
            {
                df[t]++;
            }

            foreach (int n in e.Entities)
            {
                entityDf[n]++;
            }

            totalTokens += e.Tokens;
        }

        double averageLength = docs == 0 ? 1 : Math.Max(1.0, (double)totalTokens / docs);
        for (int d = 0; d < docs; d++)
        {
            Episode e = episodes[d];
            (textFeatures[d], textWeights[d]) = Profile(e, df, termOrder, docs, averageLength, options);

            // Binary presence weighted by rarity: a name every episode mentions says nothing.
            (entityFeatures[d], entityWeights[d]) = Remap(e.Entities, entityOrder, n => Idf(docs, entityDf[n]));
            (guestFeatures[d], guestWeights[d]) = Remap(e.Guests, guestOrder, static _ => 1.0);
        }

        var ids = new string[docs];
        for (int d = 0; d < docs; d++)
        {
            ids[d] = episodes[d].Id;
        }

        return new RelatedEpisodesIndex(
            options,
            ids,
            new SparseVectors(textFeatures, textWeights, terms.Count),
            new SparseVectors(entityFeatures, entityWeights, entityOrder.Length),
            new SparseVectors(guestFeatures, guestWeights, guestOrder.Length),
            Reorder(surfaces, termOrder),
            Reorder(entityNames.Displays, entityOrder),
            Reorder(guestNames.Displays, guestOrder));
    }

    private static (int[] Features, double[] Weights) Profile(
        Episode e, int[] df, int[] termOrder, int docs, double averageLength, RelatedEpisodesOptions options)
    {
        var candidates = new List<(int Term, double Weight)>(e.Terms.Length);
        double lengthNorm = options.K1 * (1 - options.B + (options.B * e.Tokens / averageLength));
        for (int i = 0; i < e.Terms.Length; i++)
        {
            int t = e.Terms[i];
            if (df[t] < 2 || e.Counts[i] < options.MinTermFrequency)
            {
                // A term no other episode has cannot link to anything; a term said once is no topic: both would waste a slot.
                continue;
            }

            double tf = e.Counts[i];
            candidates.Add((termOrder[t], Idf(docs, df[t]) * tf * (options.K1 + 1) / (tf + lengthNorm)));
        }

        candidates.Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        int keep = Math.Min(options.ProfileTerms, candidates.Count);
        candidates.RemoveRange(keep, candidates.Count - keep);
        candidates.Sort(static (a, b) => a.Term.CompareTo(b.Term));
        var features = new int[keep];
        var weights = new double[keep];
        for (int i = 0; i < keep; i++)
        {
            (features[i], weights[i]) = candidates[i];
        }

        return (features, weights);
    }

    private static double Idf(int docs, int df) => Math.Log(1 + ((docs - df + 0.5) / (df + 0.5)));

    private void KeepReadableSurface(int id, ReadOnlySpan<char> lower)
    {
        // The shortest spelling of a stem reads best ("study" over "studies"); ordinal order breaks ties.
        string current = surfaces[id];
        if (lower.Length < current.Length || (lower.Length == current.Length && lower.SequenceCompareTo(current) < 0))
        {
            surfaces[id] = lower.ToString();
        }
    }

    private static int[] OrdinalRanks(IReadOnlyList<string> keys)
    {
        var order = new int[keys.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]));
        var rank = new int[keys.Count];
        for (int i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
    }

    private static (int[] Features, double[] Weights) Remap(int[] ids, int[] rank, Func<int, double> weight)
    {
        var features = new int[ids.Length];
        var weights = new double[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            features[i] = rank[ids[i]];
            weights[i] = weight(ids[i]);
        }

        Array.Sort(features, weights);
        return (features, weights);
    }

    private static string[] Reorder(IReadOnlyList<string> values, int[] rank)
    {
        var result = new string[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            result[rank[i]] = values[i];
        }

        return result;
    }

    private sealed record Episode(string Id, int[] Terms, int[] Counts, int Tokens, int[] Entities, int[] Guests);
}
