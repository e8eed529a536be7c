using System.Text.Json;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

public sealed class JsonLdTests
{
    private const string Hostile = "</script><script>alert(1)</script> & \"quotes\" 'single'";

    [Fact]
    public void Episode_describes_a_podcast_episode_of_its_series()
    {
        using JsonDocument doc = JsonDocument.Parse(JsonLd.PodcastEpisode(PodcastFeedWriterTests.Channel(), PodcastFeedWriterTests.Item()));
        JsonElement root = doc.RootElement;

        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("PodcastEpisode", root.GetProperty("@type").GetString());
        Assert.Equal("Black holes", root.GetProperty("name").GetString());
        Assert.Equal("2024-03-05", root.GetProperty("datePublished").GetString());
        Assert.Equal("12", root.GetProperty("episodeNumber").GetString());
        Assert.Equal("PT1H2M3S", root.GetProperty("timeRequired").GetString());
        Assert.Equal("https://cdn.example.org/12.mp3", root.GetProperty("associatedMedia").GetProperty("contentUrl").GetString());
        Assert.Equal("PodcastSeries", root.GetProperty("partOfSeries").GetProperty("@type").GetString());
        Assert.Equal("https://example.org/", root.GetProperty("partOfSeries").GetProperty("url").GetString());
        Assert.Equal(["Ada Host", "Kip Guest"], root.GetProperty("actor").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public void Series_describes_the_show()
    {
        using JsonDocument doc = JsonDocument.Parse(JsonLd.PodcastSeries(PodcastFeedWriterTests.Channel()));

        Assert.Equal("PodcastSeries", doc.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Signals & Noise", doc.RootElement.GetProperty("name").GetString());
        Assert.Equal("https://example.org/feed.xml", doc.RootElement.GetProperty("webFeed").GetString());
        Assert.Equal("Ada Host", doc.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void Hostile_text_cannot_break_out_of_the_script_element()
    {
        FeedItem item = PodcastFeedWriterTests.Item() with { Title = Hostile, Description = Hostile };

        string json = JsonLd.PodcastEpisode(PodcastFeedWriterTests.Channel() with { Title = Hostile }, item);
        string script = JsonLd.ScriptTag(json);

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\'', json);
        Assert.Equal(1, CountOf(script, "</script>"));
        Assert.EndsWith("</script>", script, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(Hostile, doc.RootElement.GetProperty("name").GetString());
        Assert.Equal(Hostile, doc.RootElement.GetProperty("partOfSeries").GetProperty("name").GetString());
    }

    [Fact]
    public void Script_tag_escapes_a_raw_angle_bracket_even_in_foreign_json()
    {
        string script = JsonLd.ScriptTag("{\"a\":\"</script><b>\"}");

        Assert.Equal("<script type=\"application/ld+json\">{\"a\":\"\\u003C/script>\\u003Cb>\"}</script>", script);
        using JsonDocument doc = JsonDocument.Parse("{\"a\":\"\\u003C/script>\\u003Cb>\"}");
        Assert.Equal("</script><b>", doc.RootElement.GetProperty("a").GetString());
    }

    [Fact]
    public void Non_ascii_letters_stay_readable()
    {
        string json = JsonLd.PodcastSeries(PodcastFeedWriterTests.Channel() with { Title = "Café Gödel" });

        Assert.Contains("Café Gödel", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "PT0S")]
    [InlineData(59, "PT59S")]
    [InlineData(60, "PT1M")]
    [InlineData(3600, "PT1H")]
    [InlineData(3723, "PT1H2M3S")]
    public void Iso_durations(int seconds, string expected)
    {
        Assert.Equal(expected, JsonLd.IsoDuration(TimeSpan.FromSeconds(seconds)));
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
