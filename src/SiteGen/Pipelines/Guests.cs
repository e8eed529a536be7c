using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Rendering;
using SiteGen.Text.Transcripts;

namespace SiteGen.Pipelines;

/// <summary>A page per guest with every episode they were on, and the guest index.</summary>
internal static class Guests
{
    public const string Name = nameof(Guests);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name, Assets.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            ExpandPages.Create("CreateGuestPages", context => Pages(site, context)),
            new RenderPages("RenderGuestPage", site, (d, _) => d.Get<PageSpec>(ExpandPages.SpecKey)),
            site.Writer(),
        ],
    };

    private static IEnumerable<PageSpec> Pages(SiteContext site, IExecutionContext context)
    {
        var byGuest = new SortedDictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var episode in context.Outputs[Episodes.Name])
        {
            foreach (var guest in episode.Get<TranscriptMetadata>(Keys.Episode).Guests)
            {
                if (!byGuest.TryGetValue(guest, out var list))
                {
                    byGuest[guest] = list = [];
                }

                list.Add(episode);
            }
        }

        foreach (var (guest, episodes) in byGuest)
        {
            var items = episodes.Select(e => EpisodeItem(e, "../../")).ToImmutableArray();
            var note = episodes.Count == 1 ? "1 episode" : $"{episodes.Count} episodes";
            yield return ListPage.Spec(Links.Guest(guest), guest, $"{guest} on {site.Settings.PodcastName ?? site.Settings.Title}: {note}.", note, items);
        }

        var index = byGuest.Select(kv => new LinkItem(kv.Key, Links.Guest(kv.Key), kv.Value.Count == 1 ? "1 episode" : $"{kv.Value.Count} episodes")).ToImmutableArray();
        yield return ListPage.Spec("guests/index.html", "Guests", $"Everyone who has been on {site.Settings.PodcastName ?? site.Settings.Title}.", null, index);
    }

    private static LinkItem EpisodeItem(Document episode, string root)
    {
        var metadata = episode.Get<TranscriptMetadata>(Keys.Episode);
        var date = metadata.Date is { } d ? Formats.Date(d) : null;
        return new LinkItem(EpisodePage.Title(metadata), Links.Episode(episode.Get<string>(Keys.Slug)), date);
    }
}
