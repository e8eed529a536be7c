using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

public sealed class RobotsTxtTests
{
    [Fact]
    public void Allows_all_and_points_at_the_sitemap()
    {
        Assert.Equal(
            "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
            RobotsTxt.Write("https://example.org/sitemap.xml"));
    }

    [Fact]
    public void Lists_disallowed_prefixes_instead_of_allow_all()
    {
        string robots = RobotsTxt.Write(null, ["/drafts/", "/search"]);

        Assert.Equal("User-agent: *\nDisallow: /drafts/\nDisallow: /search\n", robots);
    }

    [Fact]
    public void Line_breaks_cannot_inject_rules()
    {
        Assert.Throws<ArgumentException>(() => RobotsTxt.Write("https://example.org/s.xml\nDisallow: /"));
        Assert.Throws<ArgumentException>(() => RobotsTxt.Write(null, ["/a\r\nAllow: /secret"]));
    }
}
