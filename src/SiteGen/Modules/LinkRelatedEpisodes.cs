using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Text.Prose;
using SiteGen.Text.Similarity;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>
/// Ranks, for every episode, the others closest in content, shared entities and guests (<see cref="Keys.Related"/>).
/// Site-wide by nature: the index covers every episode.
/// </summary>
internal sealed class LinkRelatedEpisodes : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        // The index reads each episode's text and entities (its analysis) and its guests: the same of these, the same links.
        var key = inputs.All(d => d.TryGet<string>(LoadAnalysis.ContentKeyKey, out _))
            ? ContentCache.ComputeKey(
                nameof(LinkRelatedEpisodes),
                StageCache.CodeVersion,
                string.Join('\n', inputs.Select(d => d.Get<string>(Keys.Slug) + "\t" + d.Get<string>(LoadAnalysis.ContentKeyKey) + "\t" + string.Join('\u001f', d.Get<TranscriptMetadata>(Keys.Episode).Guests)).Order(StringComparer.Ordinal)))
            : null;
        Dictionary<string, ImmutableArray<RelatedEpisode>> related;
        if (context.Cache is { } cache && key is not null && StageCache.TryGet<Dictionary<string, ImmutableArray<RelatedEpisode>>>(cache, key) is { } cached)
        {
            related = cached;

            // The counts are read only when the index is made again, and must outlive builds that do not.
            foreach (var input in inputs)
            {
                cache.Touch(WordsKey(input.Get<string>(LoadAnalysis.ContentKeyKey)));
            }
        }
        else
        {
            related = Compute(inputs, context.Cache, key);
        }

        return Task.FromResult(inputs
            .Select(d => d.With(Keys.Related, related.TryGetValue(d.Get<string>(Keys.Slug), out var list) ? list : ImmutableArray<RelatedEpisode>.Empty))
            .ToImmutableArray());
    }

    private static Dictionary<string, ImmutableArray<RelatedEpisode>> Compute(ImmutableArray<Document> inputs, ContentCache? cache, string? key)
    {
        var words = new EpisodeWords[inputs.Length];
        Parallel.For(0, inputs.Length, i => words[i] = Words(inputs[i], cache));
        var index = RelatedEpisodesIndex.Build(inputs.Select((d, i) => new RelatedEpisodeInput(
            d.Get<string>(Keys.Slug),
            words[i],
            EntityNames(d),
            d.Get<TranscriptMetadata>(Keys.Episode).Guests)));
        var related = new Dictionary<string, ImmutableArray<RelatedEpisode>>(index.ComputeAll(), StringComparer.Ordinal);
        if (cache is not null && key is not null)
        {
            StageCache.Set(cache, key, related);
        }

        return related;
    }

    /// <summary>The episode's word counts, kept under its analysis's hash: one changed episode is the only one counted again.</summary>
    private static EpisodeWords Words(Document document, ContentCache? cache)
    {
        var key = cache is not null && document.TryGet<string>(LoadAnalysis.ContentKeyKey, out var analysis) ? WordsKey(analysis) : null;
        if (key is not null && cache!.TryGet(key, out var bytes) && EpisodeWordsFormat.Read(bytes) is { } cached)
        {
            return cached;
        }

        var words = EpisodeWords.Of(string.Join('\n', document.Get<ImmutableArray<Sentence>>(Keys.Sentences).Select(s => s.Text)));
        if (key is not null)
        {
            cache!.Set(key, EpisodeWordsFormat.Write(words));
        }

        return words;
    }

    private static string WordsKey(string analysisKey) => ContentCache.ComputeKey(nameof(EpisodeWords), EpisodeWordsFormat.Version, analysisKey);

    private static ImmutableArray<string> EntityNames(Document document) =>
        document.TryGet<ImmutableArray<string>>(Keys.EntityNames, out var names) ? names : [];
}
