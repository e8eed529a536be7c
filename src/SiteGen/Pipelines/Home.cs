using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Text.Transcripts;

namespace SiteGen.Pipelines;

/// <summary>The home page: every episode, newest first, with client-side sorting and filters.</summary>
internal static class Home
{
    public const string Name = nameof(Home);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name, Assets.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            new RenderPages("RenderHome", site, (_, context) => Describe(site, context)),
            site.Writer(),
        ],
    };

    private static PageSpec Describe(SiteContext site, IExecutionContext context)
    {
        var episodes = context.Outputs[Episodes.Name];
        var topics = SiteNames.Of(episodes).Topics;
        var items = episodes.Select(d =>
        {
            var m = d.Get<TranscriptMetadata>(Keys.Episode);
            var topicSlugs = d.GetOrDefault(Keys.EntityNames, ImmutableArray<string>.Empty)
                .Where(topics.Contains)
                .Select(t => Slugs.From(t))
                .Distinct(StringComparer.Ordinal);
            return new EpisodeListItem(
                EpisodePage.Title(m),
                Links.Episode(d.Get<string>(Keys.Slug)),
                m.EpisodeNumber,
                m.EpisodeNumber ?? 0,
                m.Date is { } date ? Formats.IsoDate(date) : "",
                m.Date is { } date2 ? Formats.Date(date2) : null,
                m.Guests,
                string.Join(' ', m.Guests.Select(g => Slugs.From(g))),
                string.Join(' ', topicSlugs),
                EpisodePage.Description(d));
        }).ToImmutableArray();
        var guests = episodes
            .SelectMany(d => d.Get<TranscriptMetadata>(Keys.Episode).Guests)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(g => new FilterOption(g, Slugs.From(g)))
            .ToImmutableArray();
        var values = ImmutableDictionary<string, object?>.Empty
            .Add("episodes", items)
            .Add("guests", guests)
            .Add("topics", topics.Order(StringComparer.Ordinal).DistinctBy(t => Slugs.From(t), StringComparer.Ordinal).Select(t => new FilterOption(t, Slugs.From(t))).ToImmutableArray());
        var channel = SiteFeed.Channel(site.Settings, out _);
        return new PageSpec("index", "index.html", site.Settings.Title, site.Settings.Description, values)
        {
            JsonLd = channel is null ? null : JsonLd.PodcastSeries(channel),
        };
    }
}
