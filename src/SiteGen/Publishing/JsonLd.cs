using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SiteGen.Publishing;

/// <summary>
/// schema.org structured data (PodcastSeries, PodcastEpisode) for search engines, built from the same records as the
/// feed so the two never disagree. The JSON escapes &lt; &gt; &amp; and quotes, so it is safe inside a script element.
/// </summary>
internal static class JsonLd
{
    public static string PodcastSeries(FeedChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return SafeJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "PodcastSeries");
            Series(json, channel);
            json.WriteString("description", channel.Description);
            json.WriteString("image", channel.ImageUrl);
            json.WriteString("inLanguage", channel.Language);
            if (channel.FeedUrl is { Length: > 0 } feed)
            {
                json.WriteString("webFeed", feed);
            }

            json.WriteStartObject("author");
            json.WriteString("@type", "Person");
            json.WriteString("name", channel.Author);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    public static string PodcastEpisode(FeedChannel channel, FeedItem episode)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(episode);
        return SafeJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "PodcastEpisode");
            json.WriteString("name", episode.Title);
            json.WriteString("url", episode.Link);
            json.WriteString("description", episode.Description);
            json.WriteString("datePublished", episode.PubDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (episode.EpisodeNumber is { } number)
            {
                json.WriteString("episodeNumber", number.ToString(CultureInfo.InvariantCulture));
            }

            if (episode.Duration is { } duration)
            {
                json.WriteString("timeRequired", IsoDuration(duration));
            }

            if (episode.ImageUrl is { Length: > 0 } image)
            {
                json.WriteString("image", image);
            }

            if (episode.Enclosure is { } audio)
            {
                json.WriteStartObject("associatedMedia");
                json.WriteString("@type", "AudioObject");
                json.WriteString("contentUrl", audio.Url);
                json.WriteString("encodingFormat", audio.Type);
                if (episode.Duration is { } length)
                {
                    json.WriteString("duration", IsoDuration(length));
                }

                json.WriteEndObject();
            }

            if (!episode.Persons.IsDefaultOrEmpty)
            {
                json.WriteStartArray("actor");
                foreach (FeedPerson person in episode.Persons)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", person.Name);
                    if (person.Href is { Length: > 0 } href)
                    {
                        json.WriteString("url", href);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("partOfSeries");
            json.WriteString("@type", "PodcastSeries");
            Series(json, channel);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// The script element for a page head. Any "&lt;" left in the JSON is escaped again, so even JSON not made here
    /// cannot close the element early.
    /// </summary>
    public static string ScriptTag(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return "<script type=\"application/ld+json\">" + json.Replace("<", "\\u003C", StringComparison.Ordinal) + "</script>";
    }

    /// <summary>ISO 8601 duration as schema.org wants it ("PT1H2M3S").</summary>
    public static string IsoDuration(TimeSpan duration)
    {
        long seconds = (long)Math.Max(0, duration.TotalSeconds);
        var text = new StringBuilder("PT");
        if (seconds >= 3600)
        {
            text.Append((seconds / 3600).ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (seconds % 3600 >= 60)
        {
            text.Append((seconds / 60 % 60).ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (seconds % 60 > 0 || seconds == 0)
        {
            text.Append((seconds % 60).ToString(CultureInfo.InvariantCulture)).Append('S');
        }

        return text.ToString();
    }

    private static void Series(Utf8JsonWriter json, FeedChannel channel)
    {
        json.WriteString("name", channel.Title);
        json.WriteString("url", channel.Link);
    }
}
