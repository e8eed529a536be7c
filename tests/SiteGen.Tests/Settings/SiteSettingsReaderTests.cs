using SiteGen.Settings;
using SiteGen.Text.Transcripts;

namespace SiteGen.Tests.Settings;

public sealed class SiteSettingsReaderTests
{
    [Fact]
    public void Reads_every_documented_key()
    {
        var settings = SiteSettingsReader.Read("site.yml", """
            title: The Long Signal
            description: Conversations.
            base_url: https://example.org/podcast
            podcast: The Long Signal Podcast
            hosts: [Maya Brennan, Sam Ortiz]
            language: en
            author: Maya Brennan
            artwork: art/cover.jpg
            """);

        Assert.Equal("The Long Signal", settings.Title);
        Assert.Equal("https://example.org/podcast/", settings.NormalizedBaseUrl);
        Assert.Equal(["Maya Brennan", "Sam Ortiz"], settings.Hosts.ToArray());
        Assert.Equal("The Long Signal Podcast", settings.PodcastName);
        Assert.Equal("art/cover.jpg", settings.Artwork);
    }

    [Fact]
    public void A_script_url_is_refused_with_file_and_line()
    {
        var e = Assert.Throws<TranscriptFormatException>(() => SiteSettingsReader.Read("site.yml", "title: x\nbase_url: javascript:alert(1)\n"));
        Assert.Equal(2, e.Line);
        Assert.StartsWith("site.yml:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        var e = Assert.Throws<TranscriptFormatException>(() => SiteSettingsReader.Read("site.yml", "title: x\nhosts: [a, b\nlanguage: en\n"));
        Assert.StartsWith("site.yml", e.Message, StringComparison.Ordinal);
        Assert.Contains("invalid YAML", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://a.example/x", true)]
    [InlineData("/relative/path.jpg", true)]
    [InlineData("cover.jpg", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:x", false)]
    public void Only_web_and_relative_urls_are_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, SafeUrl.IsAllowed(url));
}
