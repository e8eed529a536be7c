using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Building;

public sealed class EntityPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task An_entity_two_episodes_mention_gets_a_page_listing_both_and_the_glossary_links_to_it_and_to_its_mentions()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "one.md"), Episode("Ada Brook", "Stars",
            "Host: Welcome back. Today we talk about telescopes and the sky.\n\n" +
            "Guest: I started at the Vera Rubin Observatory in Chile. The Vera Rubin Observatory is a telescope that surveys the whole southern sky.\n\n" +
            "Host: What does the Vera Rubin Observatory see that others miss?\n\n" +
            "Guest: Faint things that change, night after night."));
        File.WriteAllText(Path.Combine(input, "two.md"), Episode("Ben Ortiz", "Light",
            "Host: Welcome back. Today we talk about light and detectors.\n\n" +
            "Guest: Our detectors went into the camera of the Vera Rubin Observatory, which took years to build.\n\n" +
            "Host: How long did the Vera Rubin Observatory camera take?\n\n" +
            "Guest: About a decade, from the first drawings to first light."));

        await TestSite.BuildAsync(input, temp.Combine("out"));

        var entityPage = temp.Combine("out", "entities", "vera-rubin-observatory", "index.html");
        Assert.True(File.Exists(entityPage), "no page for the entity both episodes mention");
        var page = Parser.ParseDocument(File.ReadAllText(entityPage));
        var items = page.QuerySelectorAll("main li").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, li =>
        {
            Assert.Matches(@"index\.html#p\d+$", li.QuerySelector("a")!.GetAttribute("href")!);
            Assert.Contains("Vera Rubin Observatory", li.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
        });

        var episode = Directory.EnumerateFiles(temp.Combine("out"), "index.html", SearchOption.AllDirectories)
            .Select(f => Parser.ParseDocument(File.ReadAllText(f)))
            .Single(d => d.QuerySelector("article.episode h1")?.TextContent.Contains("Stars", StringComparison.Ordinal) == true);
        var entry = episode.QuerySelectorAll("#glossary dt").Single(dt => dt.TextContent == "Vera Rubin Observatory");
        Assert.Equal("../entities/vera-rubin-observatory/index.html", entry.QuerySelector("a")!.GetAttribute("href"));
        var mention = (IHtmlAnchorElement)entry.NextElementSibling!.QuerySelectorAll("a").First(a => a.GetAttribute("href")!.StartsWith('#'));
        var target = episode.GetElementById(mention.GetAttribute("href")![1..]);
        Assert.NotNull(target);
        Assert.Contains("Vera Rubin Observatory", target.TextContent, StringComparison.Ordinal);

        // The first mention in the transcript links to the shared page; later ones do not.
        var inText = episode.QuerySelectorAll("#transcript a[href$='entities/vera-rubin-observatory/index.html']");
        Assert.Single(inText);

        var index = Parser.ParseDocument(File.ReadAllText(temp.Combine("out", "entities", "index.html")));
        Assert.Contains(index.QuerySelectorAll("main li a"), a => a.TextContent == "Vera Rubin Observatory");
        Assert.DoesNotContain(index.QuerySelectorAll("main li a"), a => a.TextContent is "Ada Brook" or "Ben Ortiz");
    }

    private static string Episode(string guest, string topic, string body) => $"""
        ---
        title: "{guest}: {topic}"
        guests: ["{guest}"]
        ---
        {body}
        """;
}
