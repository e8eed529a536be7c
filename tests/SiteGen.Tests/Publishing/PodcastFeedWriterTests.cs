using System.Globalization;
using System.Xml.Linq;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

public sealed class PodcastFeedWriterTests
{
    private static readonly XNamespace Itunes = PodcastFeedWriter.ItunesNamespace;
    private static readonly XNamespace Podcast = PodcastFeedWriter.PodcastNamespace;

    private const string Hostile = "</title><script>alert(1)</script> & \"quotes\" 'too'";

    internal static FeedChannel Channel() => new()
    {
        Title = "Signals & Noise",
        Link = "https://example.org/",
        Description = "Long conversations about science.",
        Language = "en-US",
        Author = "Ada Host",
        ImageUrl = "https://example.org/cover.jpg",
        Categories = [new FeedCategory("Science", "Physics"), new FeedCategory("Technology")],
        OwnerName = "Ada Host",
        OwnerEmail = "ada@example.org",
        FeedUrl = "https://example.org/feed.xml",
    };

    internal static FeedItem Item() => new()
    {
        Title = "Black holes",
        Link = "https://example.org/episodes/black-holes/",
        Description = "On event horizons.",
        Guid = "signals-noise-ep-12",
        PubDate = new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.FromHours(2)),
        Enclosure = new FeedEnclosure("https://cdn.example.org/12.mp3", 123_456_789),
        Duration = new TimeSpan(1, 2, 3),
        EpisodeNumber = 12,
        Season = 2,
        Persons = [new FeedPerson("Ada Host"), new FeedPerson("Kip Guest", "guest", Href: "https://example.org/kip")],
        Transcripts =
        [
            new FeedTranscript("https://example.org/12.txt", TranscriptFormats.PlainTextType),
            new FeedTranscript("https://example.org/12.json", TranscriptFormats.JsonType, "en"),
            new FeedTranscript("https://example.org/12.vtt", TranscriptFormats.WebVttType, Rel: "captions"),
            new FeedTranscript("https://example.org/12.srt", TranscriptFormats.SrtType, Rel: "captions"),
        ],
        ChaptersUrl = "https://example.org/12.chapters.json",
    };

    [Fact]
    public void Channel_has_the_tags_apple_requires()
    {
        XElement channel = Parse(PodcastFeedWriter.Write(Channel(), [Item()])).Root!.Element("channel")!;

        Assert.Equal("Signals & Noise", channel.Element("title")!.Value);
        Assert.Equal("https://example.org/", channel.Element("link")!.Value);
        Assert.Equal("en-US", channel.Element("language")!.Value);
        Assert.Equal("Long conversations about science.", channel.Element("description")!.Value);
        Assert.Equal("Ada Host", channel.Element(Itunes + "author")!.Value);
        Assert.Equal("https://example.org/cover.jpg", channel.Element(Itunes + "image")!.Attribute("href")!.Value);
        Assert.Equal("false", channel.Element(Itunes + "explicit")!.Value);
        XElement science = channel.Elements(Itunes + "category").First();
        Assert.Equal("Science", science.Attribute("text")!.Value);
        Assert.Equal("Physics", science.Element(Itunes + "category")!.Attribute("text")!.Value);
        Assert.Equal(["Science", "Technology"], channel.Elements(Itunes + "category").Select(c => c.Attribute("text")!.Value));
        XElement owner = channel.Element(Itunes + "owner")!;
        Assert.Equal("Ada Host", owner.Element(Itunes + "name")!.Value);
        Assert.Equal("ada@example.org", owner.Element(Itunes + "email")!.Value);
    }

    [Fact]
    public void Owner_is_left_out_when_unknown_and_explicit_follows_the_channel()
    {
        XElement channel = Parse(PodcastFeedWriter.Write(Channel() with { OwnerName = null, OwnerEmail = null, Explicit = true }, []))
            .Root!.Element("channel")!;

        Assert.Null(channel.Element(Itunes + "owner"));
        Assert.Equal("true", channel.Element(Itunes + "explicit")!.Value);
    }

    [Fact]
    public void Item_has_guid_date_enclosure_duration_and_episode()
    {
        XElement item = Parse(PodcastFeedWriter.Write(Channel(), [Item()])).Root!.Element("channel")!.Element("item")!;

        XElement guid = item.Element("guid")!;
        Assert.Equal("false", guid.Attribute("isPermaLink")!.Value);
        Assert.Equal("signals-noise-ep-12", guid.Value);
        Assert.Equal("Tue, 05 Mar 2024 08:00:00 GMT", item.Element("pubDate")!.Value);
        Assert.Equal(
            new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero),
            DateTimeOffset.Parse(item.Element("pubDate")!.Value, CultureInfo.InvariantCulture));
        XElement enclosure = item.Element("enclosure")!;
        Assert.Equal("https://cdn.example.org/12.mp3", enclosure.Attribute("url")!.Value);
        Assert.Equal("123456789", enclosure.Attribute("length")!.Value);
        Assert.Equal("audio/mpeg", enclosure.Attribute("type")!.Value);
        Assert.Equal("3723", item.Element(Itunes + "duration")!.Value);
        Assert.Equal("12", item.Element(Itunes + "episode")!.Value);
        Assert.Equal("2", item.Element(Itunes + "season")!.Value);
    }

    [Fact]
    public void Item_without_audio_has_no_enclosure()
    {
        XElement item = Parse(PodcastFeedWriter.Write(Channel(), [Item() with { Enclosure = null, Duration = null }]))
            .Root!.Element("channel")!.Element("item")!;

        Assert.Null(item.Element("enclosure"));
        Assert.Null(item.Element(Itunes + "duration"));
    }

    [Fact]
    public void Podcasting_2_tags_follow_the_namespace_spec()
    {
        XDocument feed = Parse(PodcastFeedWriter.Write(Channel(), [Item()]));
        XElement item = feed.Root!.Element("channel")!.Element("item")!;

        var transcripts = item.Elements(Podcast + "transcript").ToList();
        Assert.Equal(
            ["text/plain", "application/json", "text/vtt", "application/x-subrip"],
            transcripts.Select(t => t.Attribute("type")!.Value));
        Assert.All(transcripts, t => Assert.StartsWith("https://", t.Attribute("url")!.Value, StringComparison.Ordinal));
        Assert.Equal(["captions", "captions"], transcripts.Select(t => t.Attribute("rel")?.Value).OfType<string>());
        Assert.Equal("en", transcripts[1].Attribute("language")!.Value);

        XElement chapters = item.Element(Podcast + "chapters")!;
        Assert.Equal("application/json+chapters", chapters.Attribute("type")!.Value);
        Assert.Equal("https://example.org/12.chapters.json", chapters.Attribute("url")!.Value);

        var persons = item.Elements(Podcast + "person").ToList();
        Assert.Equal(["Ada Host", "Kip Guest"], persons.Select(p => p.Value));
        Assert.Equal(["host", "guest"], persons.Select(p => p.Attribute("role")!.Value));
        Assert.Equal("https://example.org/kip", persons[1].Attribute("href")!.Value);

        Assert.Equal("podcast", feed.Root.GetPrefixOfNamespace(Podcast));
        Assert.Equal("itunes", feed.Root.GetPrefixOfNamespace(Itunes));
        Assert.Equal("2.0", feed.Root.Attribute("version")!.Value);
    }

    [Fact]
    public void Podcast_guid_is_the_uuid5_of_the_feed_url_without_scheme()
    {
        // Vectors from the podcast:guid specification.
        Assert.Equal("917393e3-1b1e-5cef-ace4-edaa54e1f810", PodcastGuid.ForFeedUrl("https://mp3s.nashownotes.com/pc20rss.xml"));
        Assert.Equal("9b024349-ccf0-5f69-a609-6b82873eab3c", PodcastGuid.ForFeedUrl("podnews.net/rss////"));

        XElement channel = Parse(PodcastFeedWriter.Write(Channel(), [])).Root!.Element("channel")!;
        Assert.Equal(PodcastGuid.ForFeedUrl("https://example.org/feed.xml"), channel.Element(Podcast + "guid")!.Value);
    }

    [Fact]
    public void Hostile_text_is_escaped_and_reads_back_unchanged()
    {
        string xml = PodcastFeedWriter.Write(
            Channel() with { Title = Hostile },
            [Item() with { Title = Hostile, Description = Hostile, Persons = [new FeedPerson(Hostile, Href: "https://x.org/?a=1&b=\"2\"")] }]);

        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        XElement channel = Parse(xml).Root!.Element("channel")!;
        XElement item = channel.Element("item")!;
        Assert.Equal(Hostile, channel.Element("title")!.Value);
        Assert.Equal(Hostile, item.Element("title")!.Value);
        Assert.Equal(Hostile, item.Element("description")!.Value);
        Assert.Equal(Hostile, item.Element(Podcast + "person")!.Value);
        Assert.Equal("https://x.org/?a=1&b=\"2\"", item.Element(Podcast + "person")!.Attribute("href")!.Value);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_instead_of_failing()
    {
        string xml = PodcastFeedWriter.Write(Channel(), [Item() with { Title = "bell\u0007 and \uD800lone surrogate 😀" }]);

        Assert.Equal("bell and lone surrogate 😀", Parse(xml).Root!.Element("channel")!.Element("item")!.Element("title")!.Value);
    }

    [Fact]
    public void Output_is_deterministic_and_utf8_declared()
    {
        string first = PodcastFeedWriter.Write(Channel(), [Item(), Item() with { Guid = "other", EpisodeNumber = 13 }]);
        string second = PodcastFeedWriter.Write(Channel(), [Item(), Item() with { Guid = "other", EpisodeNumber = 13 }]);

        Assert.Equal(first, second);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", first, StringComparison.Ordinal);
        Assert.Equal(["signals-noise-ep-12", "other"], Parse(first).Descendants("guid").Select(g => g.Value));
    }

    [Fact]
    public void Missing_required_channel_fields_are_errors()
    {
        Assert.Throws<ArgumentException>(() => PodcastFeedWriter.Write(Channel() with { ImageUrl = "" }, []));
        Assert.Throws<ArgumentException>(() => PodcastFeedWriter.Write(Channel() with { Author = " " }, []));
        Assert.Throws<ArgumentException>(() => PodcastFeedWriter.Write(Channel(), [Item() with { Guid = "" }]));
    }

    private static XDocument Parse(string xml) => XDocument.Parse(xml);
}
