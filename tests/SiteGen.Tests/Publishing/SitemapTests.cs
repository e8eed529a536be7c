using System.Xml.Linq;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

public sealed class SitemapTests
{
    private static readonly XNamespace Ns = Sitemap.Namespace;

    [Fact]
    public void Lists_each_url_once_in_order_with_lastmod()
    {
        string xml = Sitemap.Write(
        [
            new SitemapEntry("https://example.org/"),
            new SitemapEntry("https://example.org/episodes/a?x=1&y=2", new DateOnly(2024, 3, 5)),
            new SitemapEntry("https://example.org/"),
        ]);

        XElement[] urls = [.. XDocument.Parse(xml).Root!.Elements(Ns + "url")];
        Assert.Equal(["https://example.org/", "https://example.org/episodes/a?x=1&y=2"], urls.Select(u => u.Element(Ns + "loc")!.Value));
        Assert.Null(urls[0].Element(Ns + "lastmod"));
        Assert.Equal("2024-03-05", urls[1].Element(Ns + "lastmod")!.Value);
        Assert.Contains("a?x=1&amp;y=2", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/episodes/a")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/")]
    public void Rejects_locations_that_are_not_absolute_web_urls(string location)
    {
        Assert.Throws<ArgumentException>(() => Sitemap.Write([location]));
    }
}
