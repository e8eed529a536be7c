using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using SiteGen.Publishing;

namespace SiteGen.Tests.Validation;

public sealed class OutputValidityTests(BuiltFixtureSite site) : IClassFixture<BuiltFixtureSite>
{
    [Fact]
    public void Every_page_parses_as_html5_without_errors()
    {
        var pages = site.Files("*.html").ToList();
        Assert.NotEmpty(pages);
        var errors = new List<string>();
        foreach (var page in pages)
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
            var name = Path.GetRelativePath(site.Output, page);
            parser.Error += (_, e) =>
            {
                var error = (HtmlErrorEvent)e;
                errors.Add($"{name}:{error.Position.Line}:{error.Position.Column}: {error.Message}");
            };
            parser.ParseDocument(File.ReadAllText(page));
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void The_feed_and_sitemap_are_well_formed_xml()
    {
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "feed.xml")));
        var sitemap = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));

        Assert.Equal("rss", feed.Root!.Name.LocalName);
        Assert.Equal(2, feed.Descendants("item").Count());
        Assert.Equal("urlset", sitemap.Root!.Name.LocalName);
    }

    [Fact]
    public void Every_json_file_and_json_ld_block_parses()
    {
        var files = site.Files("*.json").ToList();
        var blocks = site.Files("*.html")
            .SelectMany(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).Scripts
                .Where(s => s.Type == "application/ld+json")
                .Select(s => (File: f, Json: s.TextContent)))
            .ToList();

        Assert.Equal(2, files.Count(f => f.EndsWith("transcript.json", StringComparison.Ordinal)));
        Assert.NotEmpty(blocks);
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
        }

        foreach (var (file, text) in blocks)
        {
            using var json = JsonDocument.Parse(text);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }

    [Fact]
    public void Chapters_json_with_hostile_titles_parses_and_keeps_the_titles()
    {
        ChapterMark[] marks = [new(TimeSpan.Zero, "Intro \"quoted\" </script><script>alert(1)</script>"), new(TimeSpan.FromSeconds(90.5), "Back\\slash \\u0041 and {\"braces\"}")];

        using var json = JsonDocument.Parse(ChaptersJson.Write([.. marks], "Pod \"cast\"", "Title </script>"));

        var titles = json.RootElement.GetProperty("chapters").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Equal(marks.Select(m => m.Title), titles);
    }

    [Fact]
    public void The_built_site_has_no_broken_link()
    {
        Assert.Empty(SiteGen.Building.LinkChecker.Check(site.Output));
    }
}
