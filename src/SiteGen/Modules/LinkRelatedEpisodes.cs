using System.Collections.Immutable;
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
        var index = RelatedEpisodesIndex.Build(inputs.Select(d => new RelatedEpisodeInput(
            d.Get<string>(Keys.Slug),
            string.Join('\n', d.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs).Select(p => p.Text)),
            EntityNames(d),
            d.Get<TranscriptMetadata>(Keys.Episode).Guests)));
        var related = index.ComputeAll();
        return Task.FromResult(inputs
            .Select(d => d.With(Keys.Related, related.TryGetValue(d.Get<string>(Keys.Slug), out var list) ? list : ImmutableArray<RelatedEpisode>.Empty))
            .ToImmutableArray());
    }

    private static ImmutableArray<string> EntityNames(Document document) =>
        document.TryGet<ImmutableArray<string>>(Keys.EntityNames, out var names) ? names : [];
}
