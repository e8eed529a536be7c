using System.Collections.Immutable;

namespace SiteGen.Text.Similarity;

/// <summary>
/// Finds, for every episode of a site, the few others most worth linking. Each episode is reduced to a profile of its
/// most distinctive terms by BM25 weight; profiles go into an inverted index, so a query scores only the episodes that
/// share a term and costs the same however long episodes are. Shared named entities and shared guests add to the
/// text score. Results are independent of input order; ties go to the ordinally smaller Id.
/// </summary>
public sealed class RelatedEpisodesIndex
{
    // From this many episodes on, a name most of them share is too common to explain a link.
    private const int CommonNameMinEpisodes = 6;
    private const int BatchSize = 64;

    private readonly RelatedEpisodesOptions options;
    private readonly string[] ids;
    private readonly Dictionary<string, int> indexById;
    private readonly SparseVectors text;
    private readonly SparseVectors entities;
    private readonly SparseVectors guests;
    private readonly string[] termDisplay;
    private readonly string[] entityDisplay;
    private readonly string[] guestDisplay;

    internal RelatedEpisodesIndex(
        RelatedEpisodesOptions options,
        string[] ids,
        SparseVectors text,
        SparseVectors entities,
        SparseVectors guests,
        string[] termDisplay,
        string[] entityDisplay,
        string[] guestDisplay)
    {
        this.options = options;
        this.ids = ids;
        this.text = text;
        this.entities = entities;
        this.guests = guests;
        this.termDisplay = termDisplay;
        this.entityDisplay = entityDisplay;
        this.guestDisplay = guestDisplay;
        indexById = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            indexById.Add(ids[i], i);
        }
    }

    /// <summary>Episode Ids in ordinal order.</summary>
    public ImmutableArray<string> Ids => [.. ids];

    /// <summary>Builds the index; the episodes are read once, so a lazily produced sequence keeps memory low.</summary>
    /// <exception cref="ArgumentException">Two episodes share an Id.</exception>
    public static RelatedEpisodesIndex Build(IEnumerable<RelatedEpisodeInput> episodes, RelatedEpisodesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        options ??= RelatedEpisodesOptions.Default;
        if (options.ProfileTerms < 1 || options.MaxResults < 1 || options.MinResults < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ProfileTerms and MaxResults must be positive.");
        }

        // Words are counted in parallel, a batch at a time so a lazily produced sequence still keeps memory low; terms
        // are assigned in the episodes' order, so the index is the same on any number of cores.
        var builder = new IndexBuilder();
        foreach (RelatedEpisodeInput[] batch in episodes.Chunk(BatchSize))
        {
            var counted = new EpisodeWords[batch.Length];
            Parallel.For(0, batch.Length, i => counted[i] = batch[i].Words ?? EpisodeWords.Of(batch[i].Text));
            for (int i = 0; i < batch.Length; i++)
            {
                builder.Add(batch[i], counted[i]);
            }
        }

        return builder.Build(options);
    }

    /// <summary>The related episodes of one episode, best first.</summary>
    /// <exception cref="KeyNotFoundException">The Id is not in the index.</exception>
    public ImmutableArray<RelatedEpisode> RelatedTo(string id)
    {
        if (!indexById.TryGetValue(id, out int doc))
        {
            throw new KeyNotFoundException($"No episode '{id}' in the index.");
        }

        return Query(doc, new Accumulator(ids.Length));
    }

    /// <summary>The related episodes of every episode, keyed by Id in ordinal order.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<RelatedEpisode>> ComputeAll()
    {
        var results = new ImmutableArray<RelatedEpisode>[ids.Length];

        // Each episode's result depends only on the index, so parallel order cannot change the output.
        Parallel.For(
            0,
            ids.Length,
            () => new Accumulator(ids.Length),
            (doc, _, accumulator) =>
            {
                results[doc] = Query(doc, accumulator);
                return accumulator;
            },
            _ => { });

        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<RelatedEpisode>>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
        {
            builder.Add(ids[i], results[i]);
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<RelatedEpisode> Query(int doc, Accumulator accumulator)
    {
        accumulator.Reset();
        text.Accumulate(doc, 1.0, accumulator);
        entities.Accumulate(doc, options.EntityWeight, accumulator);
        guests.Accumulate(doc, options.GuestWeight, accumulator);

        int size = Math.Min(options.MaxResults, ids.Length);
        Span<int> top = size <= 64 ? stackalloc int[size] : new int[size];
        int count = accumulator.Top(top);
        if (count == 0)
        {
            return [];
        }

        double best = accumulator.Scores[top[0]];
        var related = ImmutableArray.CreateBuilder<RelatedEpisode>(count);
        for (int i = 0; i < count; i++)
        {
            int other = top[i];
            double score = accumulator.Scores[other];
            if (i >= options.MinResults && score < best * options.RelativeCutoff)
            {
                break;
            }

            related.Add(new RelatedEpisode(ids[other], score, Reasons(doc, other)));
        }

        return related.DrainToImmutable();
    }

    private ImmutableArray<string> Reasons(int doc, int other)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (int guest in guests.Shared(doc, other))
        {
            reasons.Add("shared guest: " + guestDisplay[guest]);
            AddNameTerms(guestDisplay[guest], named);
        }

        foreach (int entity in entities.Shared(doc, other))
        {
            if (reasons.Count >= options.MaxReasons)
            {
                break;
            }

            // A name most episodes share (the show's old name, a field everyone works in) explains nothing.
            if (ids.Length >= CommonNameMinEpisodes && entities.DocumentFrequency(entity) * 3 > ids.Length)
            {
                continue;
            }

            if (AddNameTerms(entityDisplay[entity], named))
            {
                reasons.Add(entityDisplay[entity]);
            }
        }

        foreach (int term in text.Shared(doc, other))
        {
            if (reasons.Count >= options.MaxReasons)
            {
                break;
            }

            // A guest's surname is already said by "shared guest: ...".
            if (named.Add(termDisplay[term]))
            {
                reasons.Add(termDisplay[term]);
            }
        }

        return reasons.DrainToImmutable();
    }

    /// <summary>Records the words of a name so topic words do not repeat them; false when nothing new was added.</summary>
    private static bool AddNameTerms(string name, HashSet<string> named)
    {
        bool added = false;
        Span<char> buffer = stackalloc char[ContentWords.MaxLength];
        int position = 0;
        int length;
        while ((length = ContentWords.Next(name, ref position, buffer, out _)) > 0)
        {
            added |= named.Add(buffer[..length].ToString());
        }

        int rawPosition = 0;
        while (rawPosition < name.Length)
        {
            int start = rawPosition;
            while (rawPosition < name.Length && !char.IsWhiteSpace(name[rawPosition]))
            {
                rawPosition++;
            }

            if (rawPosition > start)
            {
                added |= named.Add(name[start..rawPosition].ToLowerInvariant());
            }

            rawPosition++;
        }

        return added;
    }
}
