using SiteGen.Core.Documents;
using SiteGen.Settings;
using SiteGen.Text.Chapters;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

internal static class EpisodeContexts
{
    /// <summary>The context as one string, for cache keys.</summary>
    public static string Describe(EpisodeContext context) =>
        string.Join('\u001f', [context.Title ?? "", context.PodcastName ?? "", .. context.Guests, "|", .. context.Hosts]);

    public static EpisodeContext Of(Document document, SiteSettings settings)
    {
        var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
        return new EpisodeContext
        {
            Title = metadata.Topic ?? metadata.Title,
            PodcastName = metadata.PodcastName,
            Guests = metadata.Guests,
            Hosts = settings.Hosts,
        };
    }
}
