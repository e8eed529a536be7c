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
        // Every episode's analysis key covers its text, entities and guests: the same keys give the same links.
        var key = inputs.All(d => d.TryGet<string>(LoadAnalysis.KeyKey, out _))
            ? ContentCache.ComputeKey(
                nameof(LinkRelatedEpisodes),
                StageCache.CodeVersion,
                string.Join('\n', inputs.Select(d => d.Get<string>(Keys.Slug) + "\t" + d.Get<string>(LoadAnalysis.KeyKey)).Order(StringComparer.Ordinal)))
            : null;
        var related = context.Cache is { } cache && key is not null && StageCache.TryGet<Dictionary<string, ImmutableArray<RelatedEpisode>>>(cache, key) is { } cached
            ? cached
            : Compute(inputs, context.Cache, key);
        return Task.FromResult(inputs
            .Select(d => d.With(Keys.Related, related.TryGetValue(d.Get<string>(Keys.Slug), out var list) ? list : ImmutableArray<RelatedEpisode>.Empty))
            .ToImmutableArray());
    }

    private static Dictionary<string, ImmutableArray<RelatedEpisode>> Compute(ImmutableArray<Document> inputs, ContentCache? cache, string? key)
    {
        var index = RelatedEpisodesIndex.Build(inputs.Select(d => new RelatedEpisodeInput(
            d.Get<string>(Keys.Slug),
            string.Join('\n', d.Get<ImmutableArray<Sentence>>(Keys.Sentences).Select(s => s.Text)),
            EntityNames(d),
            d.Get<TranscriptMetadata>(Keys.Episode).Guests)));
        var related = new Dictionary<string, ImmutableArray<RelatedEpisode>>(index.ComputeAll(), StringComparer.Ordinal);
        if (cache is not null && key is not null)
        {
            StageCache.Set(cache, key, related);
        }

        return related;
    }

    private static ImmutableArray<string> EntityNames(Document document) =>
        document.TryGet<ImmutableArray<string>>(Keys.EntityNames, out var names) ? names : [];
}
