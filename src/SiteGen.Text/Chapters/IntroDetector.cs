using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Finds the opening of an episode: cold-open quote, the host's "the following is a conversation with..." and sponsor
/// reads. The opening ends with the last paragraph of a run of such announcements near the start.
/// </summary>
internal static class IntroDetector
{
    // An announcement far into the episode belongs to the conversation, not the opening.
    private const double FirstMarkerWithinMinutes = 12;
    private const double MaxGapMinutes = 4;
    private const int MaxGapParagraphs = 6;

    private static readonly string[] Markers =
    [
        "the following is a conversation",
        "this is a conversation with",
        "here's my conversation with",
        "here is my conversation with",
        "here's our conversation with",
        "and now, here's",
        "and now here's",
        "and now, dear friends",
        "brought to you by",
        "is sponsored by",
        "are sponsored by",
        "this episode is sponsored",
        "our sponsors",
        "our sponsor",
        "the sponsors",
        "to support this podcast",
        "to support it, please",
        "to support the podcast",
        "support this podcast",
        "promo code",
        "use code",
        "welcome to the",
        "welcome back to",
        "welcome to episode",
        "you're listening to",
        "you are listening to",
        "my guest today",
        "my guest is",
        "our guest today",
        "today i'm talking with",
        "today i'm speaking with",
        "today we're talking with",
        "today i'm joined by",
        "i'm joined by",
        "i'm here with",
        "chance to sit down with",
        "i got to sit down with",
        "i sat down with",
        "please subscribe",
        "subscribe to the",
        "subscribe on",
        "if you enjoy this",
        "if you enjoyed this",
    ];

    /// <summary>The number of paragraphs that form the opening; 0 when there is none.</summary>
    public static int IntroLength(AnalyzedEpisode episode, EpisodeContext context)
    {
        var paragraphs = episode.Paragraphs;
        var podcastMarker = string.IsNullOrWhiteSpace(context.PodcastName)
            ? null
            : "this is the " + context.PodcastName.Trim().ToLowerInvariant();
        var end = -1;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var minute = episode.ParagraphMinute[p];
            if (end < 0 && minute > FirstMarkerWithinMinutes)
            {
                break;
            }

            if (end >= 0 && (p - end > MaxGapParagraphs || minute - episode.ParagraphMinute[end + 1] > MaxGapMinutes))
            {
                break;
            }

            if (IsAnnouncement(paragraphs[p].Text, podcastMarker))
            {
                end = p;
            }
        }

        // The opening must leave a conversation behind it.
        return end >= 0 && end + 1 < paragraphs.Length ? end + 1 : 0;
    }

    public static bool IsAnnouncement(string text, string? podcastMarker)
    {
        var lower = text.ToLowerInvariant().Replace('\u2019', '\'');
        foreach (var marker in Markers)
        {
            if (lower.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return podcastMarker is not null && lower.Contains(podcastMarker, StringComparison.Ordinal);
    }
}
