using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Publishing;

/// <summary>
/// Writes the podcast's RSS 2.0 feed with the iTunes tags Apple Podcasts requires and the Podcasting 2.0 tags
/// (transcripts, chapters, persons) that let apps show the site's transcripts and chapters.
/// </summary>
internal static class PodcastFeedWriter
{
    public const string ItunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string PodcastNamespace = "https://podcastindex.org/namespace/1.0";
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <exception cref="ArgumentException">A required field is empty.</exception>
    public static string Write(FeedChannel channel, IEnumerable<FeedItem> items)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(items);
        Require(channel.Title, "channel title");
        Require(channel.Link, "channel link");
        Require(channel.Description, "channel description");
        Require(channel.Author, "channel author");
        Require(channel.ImageUrl, "channel image");
        Require(channel.Language, "channel language");

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CheckCharacters = false,
        };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "itunes", null, ItunesNamespace);
            xml.WriteAttributeString("xmlns", "podcast", null, PodcastNamespace);
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteStartElement("channel");
            WriteChannel(xml, channel);
            foreach (FeedItem item in items)
            {
                WriteItem(xml, item);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>RFC 822 date as RSS wants it, always in GMT so the text does not depend on the build machine.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    private static void WriteChannel(XmlWriter xml, FeedChannel channel)
    {
        Text(xml, "title", channel.Title);
        Text(xml, "link", channel.Link);
        Text(xml, "description", channel.Description);
        Text(xml, "language", channel.Language);
        if (channel.FeedUrl is { Length: > 0 } feedUrl)
        {
            xml.WriteStartElement("atom", "link", AtomNamespace);
            xml.WriteAttributeString("href", XmlText.Clean(feedUrl));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
        }

        if (channel.Copyright is { Length: > 0 } copyright)
        {
            Text(xml, "copyright", copyright);
        }

        if (channel.LastBuildDate is { } built)
        {
            Text(xml, "lastBuildDate", Rfc822(built));
        }

        Text(xml, "generator", "SiteGen");
        xml.WriteStartElement("image");
        Text(xml, "url", channel.ImageUrl);
        Text(xml, "title", channel.Title);
        Text(xml, "link", channel.Link);
        xml.WriteEndElement();

        Itunes(xml, "author", channel.Author);
        Itunes(xml, "summary", channel.Description);
        Itunes(xml, "explicit", channel.Explicit ? "true" : "false");
        Itunes(xml, "type", "episodic");
        ItunesImage(xml, channel.ImageUrl);
        foreach (FeedCategory category in channel.Categories)
        {
            xml.WriteStartElement("itunes", "category", ItunesNamespace);
            xml.WriteAttributeString("text", XmlText.Clean(category.Name));
            if (category.Subcategory is { Length: > 0 } sub)
            {
                xml.WriteStartElement("itunes", "category", ItunesNamespace);
                xml.WriteAttributeString("text", XmlText.Clean(sub));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (channel.OwnerName is { Length: > 0 } || channel.OwnerEmail is { Length: > 0 })
        {
            xml.WriteStartElement("itunes", "owner", ItunesNamespace);
            if (channel.OwnerName is { Length: > 0 } name)
            {
                Itunes(xml, "name", name);
            }

            if (channel.OwnerEmail is { Length: > 0 } email)
            {
                Itunes(xml, "email", email);
            }

            xml.WriteEndElement();
        }

        if (channel.FeedUrl is { Length: > 0 } url)
        {
            Podcast(xml, "guid", PodcastGuid.ForFeedUrl(url));
        }

        foreach (FeedPerson person in channel.Persons)
        {
            Person(xml, person);
        }
    }

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        Require(item.Title, "item title");
        Require(item.Guid, "item guid");
        xml.WriteStartElement("item");
        Text(xml, "title", item.Title);
        Text(xml, "link", item.Link);
        Text(xml, "description", item.Description);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(XmlText.Clean(item.Guid));
        xml.WriteEndElement();
        Text(xml, "pubDate", Rfc822(item.PubDate));
        if (item.Enclosure is { } enclosure)
        {
            xml.WriteStartElement("enclosure");
            xml.WriteAttributeString("url", XmlText.Clean(enclosure.Url));
            xml.WriteAttributeString("length", enclosure.Length.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", XmlText.Clean(enclosure.Type));
            xml.WriteEndElement();
        }

        Itunes(xml, "title", item.Title);
        Itunes(xml, "episodeType", "full");
        if (item.Duration is { } duration)
        {
            Itunes(xml, "duration", ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }

        if (item.EpisodeNumber is { } episode)
        {
            Itunes(xml, "episode", episode.ToString(CultureInfo.InvariantCulture));
        }

        if (item.Season is { } season)
        {
            Itunes(xml, "season", season.ToString(CultureInfo.InvariantCulture));
        }

        if (item.Explicit is { } isExplicit)
        {
            Itunes(xml, "explicit", isExplicit ? "true" : "false");
        }

        if (item.ImageUrl is { Length: > 0 } image)
        {
            ItunesImage(xml, image);
        }

        if (item.EpisodeNumber is { } number)
        {
            Podcast(xml, "episode", number.ToString(CultureInfo.InvariantCulture));
        }

        if (item.Season is { } seasonNumber)
        {
            Podcast(xml, "season", seasonNumber.ToString(CultureInfo.InvariantCulture));
        }

        foreach (FeedTranscript transcript in item.Transcripts)
        {
            xml.WriteStartElement("podcast", "transcript", PodcastNamespace);
            xml.WriteAttributeString("url", XmlText.Clean(transcript.Url));
            xml.WriteAttributeString("type", XmlText.Clean(transcript.Type));
            if (transcript.Language is { Length: > 0 } language)
            {
                xml.WriteAttributeString("language", XmlText.Clean(language));
            }

            if (transcript.Rel is { Length: > 0 } rel)
            {
                xml.WriteAttributeString("rel", XmlText.Clean(rel));
            }

            xml.WriteEndElement();
        }

        if (item.ChaptersUrl is { Length: > 0 } chapters)
        {
            xml.WriteStartElement("podcast", "chapters", PodcastNamespace);
            xml.WriteAttributeString("url", XmlText.Clean(chapters));
            xml.WriteAttributeString("type", ChaptersJson.MimeType);
            xml.WriteEndElement();
        }

        foreach (FeedPerson person in item.Persons)
        {
            Person(xml, person);
        }

        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, FeedPerson person)
    {
        Require(person.Name, "person name");
        xml.WriteStartElement("podcast", "person", PodcastNamespace);
        if (person.Role is { Length: > 0 } role)
        {
            xml.WriteAttributeString("role", XmlText.Clean(role));
        }

        if (person.Group is { Length: > 0 } group)
        {
            xml.WriteAttributeString("group", XmlText.Clean(group));
        }

        if (person.Img is { Length: > 0 } img)
        {
            xml.WriteAttributeString("img", XmlText.Clean(img));
        }

        if (person.Href is { Length: > 0 } href)
        {
            xml.WriteAttributeString("href", XmlText.Clean(href));
        }

        xml.WriteString(XmlText.Clean(person.Name));
        xml.WriteEndElement();
    }

    private static void ItunesImage(XmlWriter xml, string url)
    {
        xml.WriteStartElement("itunes", "image", ItunesNamespace);
        xml.WriteAttributeString("href", XmlText.Clean(url));
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, XmlText.Clean(value));

    private static void Itunes(XmlWriter xml, string name, string value) =>
        xml.WriteElementString("itunes", name, ItunesNamespace, XmlText.Clean(value));

    private static void Podcast(XmlWriter xml, string name, string value) =>
        xml.WriteElementString("podcast", name, PodcastNamespace, XmlText.Clean(value));

    private static void Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The feed needs a {what}.");
        }
    }
}
