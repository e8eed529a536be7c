using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Rendering;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Transcripts;

namespace SiteGen.Pipelines;

/// <summary>A page per named entity of the episodes' glossaries, listing every episode that mentions it, and the entity index.</summary>
internal static class Entities
{
    public const string Name = nameof(Entities);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name, Assets.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            ExpandPages.Create("CreateEntityPages", context => Pages(site, context)),
            new RenderPages("RenderEntityPage", site, (d, _) => d.Get<PageSpec>(ExpandPages.SpecKey)),
            site.Writer(),
        ],
    };

    /// <summary>
    /// Every glossary entity with its mentions, episode by episode. The show, its hosts and the site's guests are left out:
    /// they are on every page or have a guest page. Names that differ only in case or punctuation ("MHM", "Mhm") share a
    /// page address, so they are one entity, under the spelling mentioned most; an episode that has both is listed once.
    /// </summary>
    public static SortedDictionary<string, List<EntityMention>> Collect(IEnumerable<Document> episodes, SiteSettings settings)
    {
        var all = episodes as IReadOnlyCollection<Document> ?? [.. episodes];
        var excluded = new HashSet<string>(settings.Hosts, StringComparer.Ordinal) { settings.Title };
        if (settings.PodcastName is { } podcast)
        {
            excluded.Add(podcast);
        }

        foreach (var episode in all)
        {
            excluded.UnionWith(episode.Get<TranscriptMetadata>(Keys.Episode).Guests);
        }

        var byPage = new SortedDictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        foreach (var episode in all)
        {
            foreach (var item in episode.GetOrDefault(Keys.Glossary, ImmutableArray<GlossaryItem>.Empty))
            {
                if (excluded.Contains(item.Name))
                {
                    continue;
                }

                var page = Links.Entity(item.Name);
                if (!byPage.TryGetValue(page, out var list))
                {
                    byPage[page] = list = [];
                }

                list.Add(new EntityMention(episode, item));
            }
        }

        var byEntity = new SortedDictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        foreach (var mentions in byPage.Values)
        {
            var name = mentions
                .GroupBy(m => m.Item.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(m => m.Item.Mentions))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            byEntity[name] = [.. mentions
                .GroupBy(m => m.Episode, ReferenceEqualityComparer.Instance)
                .Select(g => g.Count() == 1 ? g.First() : Merged(g))];
        }

        return byEntity;
    }

    /// <summary>All the spellings of an entity's name that episodes use (see <see cref="Collect"/>).</summary>
    public static IEnumerable<string> Spellings(List<EntityMention> mentions) => mentions.Select(m => m.Item.Name).Distinct(StringComparer.Ordinal);

    private static EntityMention Merged(IEnumerable<EntityMention> sameEpisode)
    {
        var items = sameEpisode.OrderByDescending(m => m.Item.Mentions).ThenBy(m => m.Item.Name, StringComparer.Ordinal).ToList();
        return items[0] with { Item = items[0].Item with { Mentions = items.Sum(m => m.Item.Mentions) } };
    }

    private static IEnumerable<PageSpec> Pages(SiteContext site, IExecutionContext context)
    {
        var byEntity = Collect(context.Outputs[Episodes.Name], site.Settings);
        var mentionsByEpisode = new Dictionary<Document, EntityMentions>(ReferenceEqualityComparer.Instance);
        foreach (var (entity, mentions) in byEntity)
        {
            var first = mentions[0].Item;
            var kind = GlossaryViews.Kind(first.Type);
            var count = mentions.Count == 1 ? "1 episode" : $"{mentions.Count} episodes";
            var described = mentions.Select(m => m.Item.Description).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
            var items = mentions
                .OrderByDescending(m => m.Item.Mentions)
                .ThenBy(m => m.Episode.Get<string>(Keys.Slug), StringComparer.Ordinal)
                .Select(m => Item(m, mentionsByEpisode))
                .ToImmutableArray();
            yield return ListPage.Spec(
                Links.Entity(entity),
                entity,
                described ?? $"{entity} in {count} of {site.Settings.PodcastName ?? site.Settings.Title}.",
                described is null ? $"{kind} · mentioned in {count}." : $"{kind} · mentioned in {count}. {described}",
                items);
        }

        var index = byEntity
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new LinkItem(kv.Key, Links.Entity(kv.Key), $"{GlossaryViews.Kind(kv.Value[0].Item.Type)} · {(kv.Value.Count == 1 ? "1 episode" : $"{kv.Value.Count} episodes")}"))
            .ToImmutableArray();
        yield return ListPage.Spec(
            "entities/index.html",
            "Topics",
            "People, organisations, works, places and events the episodes talk about.",
            index.IsEmpty ? "No episode has a glossary yet." : null,
            index);
    }

    private static LinkItem Item(EntityMention mention, Dictionary<Document, EntityMentions> mentionsByEpisode)
    {
        var episode = mention.Episode;
        var metadata = episode.Get<TranscriptMetadata>(Keys.Episode);
        if (!mentionsByEpisode.TryGetValue(episode, out var mentions))
        {
            mentionsByEpisode[episode] = mentions = EntityMentions.Of(episode);
        }

        var times = mention.Item.Mentions == 1 ? "mentioned once" : $"mentioned {mention.Item.Mentions} times";
        var note = metadata.Date is { } d ? $"{Formats.Date(d)} · {times}" : times;
        var url = Links.Episode(episode.Get<string>(Keys.Slug));
        if (mentions.ParagraphOf(mentions.BestSentence(mention.Item)) is { } paragraph)
        {
            url += "#" + ParagraphView.AnchorOf(paragraph);
        }

        return new LinkItem(EpisodePage.Title(metadata), url, note) { Snippet = mentions.Snippet(mention.Item) };
    }
}
