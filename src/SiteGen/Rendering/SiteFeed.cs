using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Publishing;
using SiteGen.Settings;
using SiteGen.Text.Summary;
using SiteGen.Text.Transcripts;

namespace SiteGen.Rendering;

/// <summary>The show and its episodes as the feed and JSON-LD describe them; both need absolute URLs, so a base URL.</summary>
internal static class SiteFeed
{
    public const string FeedFile = "feed.xml";

    /// <summary>Null when the site lacks what a valid feed requires (base URL, artwork); the reason says which.</summary>
    public static FeedChannel? Channel(SiteSettings settings, out string? reason)
    {
        var baseUrl = settings.NormalizedBaseUrl;
        var artwork = Absolute(settings, settings.Artwork);
        reason = baseUrl is null ? "set base_url in site.yml to publish a podcast feed"
            : artwork is null ? "set artwork in site.yml (a square JPEG or PNG) to publish a podcast feed"
            : null;
        if (reason is not null)
        {
            return null;
        }

        return new FeedChannel
        {
            Title = settings.PodcastName ?? settings.Title,
            Link = baseUrl!,
            Description = settings.Description ?? settings.Title,
            Language = settings.Language,
            Author = settings.Author ?? string.Join(", ", settings.Hosts),
            ImageUrl = artwork!,
            Categories = settings.Category is { } c ? [new FeedCategory(c)] : [],
            Explicit = settings.Explicit,
            OwnerName = settings.Author,
            OwnerEmail = settings.Email,
            FeedUrl = baseUrl + FeedFile,
            Persons = [.. settings.Hosts.Select(h => new FeedPerson(h, "host"))],
        };
    }

    public static FeedItem Item(FeedChannel channel, SiteSettings settings, Document episode)
    {
        var metadata = episode.Get<TranscriptMetadata>(Keys.Episode);
        var slug = episode.Get<string>(Keys.Slug);
        var page = channel.Link + slug + "/";
        var description = episode.TryGet<EpisodeSummary>(Keys.Summary, out var summary) && summary.Sentences.Length > 0
            ? string.Join(' ', summary.Sentences)
            : metadata.Description ?? EpisodePage.Title(metadata);
        var downloads = EpisodeDownloads.For(episode);
        return new FeedItem
        {
            Title = EpisodePage.Title(metadata),
            Link = page,
            Description = description,
            Guid = PodcastGuid.ForFeedUrl(channel.FeedUrl!) + "/" + slug,
            PubDate = metadata.Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch,
            Enclosure = metadata.AudioUrl is { } audio ? new FeedEnclosure(Absolute(settings, audio)!, metadata.AudioSize ?? 0) : null,
            Duration = metadata.Duration,
            EpisodeNumber = metadata.EpisodeNumber,
            Persons =
            [
                .. settings.Hosts.Select(h => new FeedPerson(h, "host")),
                .. metadata.Guests.Select(g => new FeedPerson(g, "guest", channel.Link + Links.Guest(g).Replace("index.html", "", StringComparison.Ordinal))),
            ],
            Transcripts = [.. downloads.Where(f => f.FileName.StartsWith("transcript", StringComparison.Ordinal)).Select(f => new FeedTranscript(page + f.FileName, f.MimeType, metadata.Language, f.Rel))],
            ChaptersUrl = downloads.Any(f => f.FileName == "chapters.json") ? page + "chapters.json" : null,
        };
    }

    private static string? Absolute(SiteSettings settings, string? url) =>
        url is null ? null
        : url.Contains("://", StringComparison.Ordinal) ? url
        : settings.NormalizedBaseUrl is { } b ? b + url.TrimStart('/')
        : null;
}
