using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Text.Transcripts;

namespace SiteGen.Pipelines;

/// <summary>What podcast apps and search engines read: the RSS feed, sitemap.xml and robots.txt.</summary>
internal static class Feeds
{
    public const string Name = nameof(Feeds);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            new MapMany("CreateFeeds", context => Files(site, context)),
            site.Writer(),
        ],
    };

    private static IEnumerable<Document> Files(SiteContext site, IExecutionContext context)
    {
        var settings = site.Settings;
        var episodes = context.Outputs[Episodes.Name];
        var channel = SiteFeed.Channel(settings, out var reason);
        if (channel is null)
        {
            context.Log.Warn($"No podcast feed: {reason}.");
        }
        else
        {
            yield return new Document(null, SiteFeed.FeedFile, PodcastFeedWriter.Write(channel, episodes.Select(e => SiteFeed.Item(channel, settings, e))));
        }

        var baseUrl = settings.NormalizedBaseUrl;
        if (baseUrl is not null)
        {
            var urls = new List<string> { baseUrl, baseUrl + "guests/", baseUrl + "entities/" };
            urls.AddRange(episodes.Select(e => baseUrl + e.Get<string>(Keys.Slug) + "/"));
            urls.AddRange(episodes
                .SelectMany(e => e.Get<TranscriptMetadata>(Keys.Episode).Guests)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(g => baseUrl + PrettyPath(Links.Guest(g))));
            urls.AddRange(SiteNames.Of(episodes).Entities.Select(Links.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(e => baseUrl + PrettyPath(e)));
            yield return new Document(null, "sitemap.xml", Sitemap.Write(urls));
        }

        yield return new Document(null, "robots.txt", RobotsTxt.Write(baseUrl is null ? null : baseUrl + "sitemap.xml", [$"/{BuildReport.Folder}/"]));
    }

    private static string PrettyPath(string destination) => destination[..^"index.html".Length];
}
