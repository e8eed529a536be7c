using AngleSharp.Html.Parser;
using SiteGen.Building;

namespace SiteGen.Tests.Building;

public sealed class SiteBuildTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Raw_caption_episode_reads_as_a_page_with_title_guest_video_and_clean_paragraphs()
    {
        using var temp = new TempFolder();
        var summary = await TestSite.BuildAsync(Repository.Fixture("site"), temp.Combine("out"));

        var page = Directory.EnumerateFiles(temp.Combine("out"), "index.html", SearchOption.AllDirectories)
            .Select(f => (File: f, Doc: Parser.ParseDocument(File.ReadAllText(f))))
            .Single(p => p.Doc.QuerySelector("h1")?.TextContent.Contains("Harbor Seals", StringComparison.Ordinal) == true);

        Assert.Equal(2, summary.Episodes);
        Assert.Contains("Ines Park", page.Doc.QuerySelector("p.meta")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Doc.QuerySelector("a[href='https://www.youtube.com/watch?v=Xy3_abc-12Q']"));
        var paragraphs = page.Doc.QuerySelectorAll("#transcript p[id]").Select(p => p.TextContent).ToList();
        Assert.NotEmpty(paragraphs);
        var words = string.Join(' ', paragraphs).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '?', '!').ToLowerInvariant()).ToList();
        Assert.DoesNotContain("um", words);
        Assert.DoesNotContain("uh", words);
        Assert.DoesNotContain("/home/someone/captions/Xy3_abc-12Q.en.vtt", page.Doc.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to content", page.Doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_not_published()
    {
        using var temp = new TempFolder();
        await TestSite.BuildAsync(Repository.Fixture("site"), temp.Combine("out"));

        var all = string.Join('\n', Directory.EnumerateFiles(temp.Combine("out"), "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("Not ready yet", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_and_markup_in_a_transcript_are_encoded_everywhere()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "evil.md"), """
            ---
            title: "<script>alert('title')</script> & friends"
            guests: ["<img src=x onerror=alert(1)>"]
            description: "</script><script>alert('description')</script>"
            ---
            Host: Hello <script>alert('body')</script> there. This is a normal sentence.

            Guest: And <b onclick="x()">bold</b> claims, with a [link](javascript:alert(1)).
            """);
        await TestSite.BuildAsync(input, temp.Combine("out"));

        foreach (var file in Directory.EnumerateFiles(temp.Combine("out"), "*.html", SearchOption.AllDirectories))
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            Assert.All(document.Scripts, s => Assert.DoesNotContain("alert", s.TextContent, StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("[onerror], [onclick], a[href^='javascript:']"));
            Assert.Empty(document.QuerySelectorAll("main b, main img"));
        }
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempFolder();
        await TestSite.BuildAsync(Repository.Fixture("site"), temp.Combine("a"));
        await TestSite.BuildAsync(Repository.Fixture("site"), temp.Combine("b"));

        var a = Directory.EnumerateFiles(temp.Combine("a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("a"), f)).Order(StringComparer.Ordinal).ToList();
        var b = Directory.EnumerateFiles(temp.Combine("b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("b"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(a, b);
        foreach (var file in a)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(temp.Combine("a"), file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp.Combine("b"), file))), file);
        }
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_as_it_was()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        TestSite.CopyDirectory(Repository.Fixture("site"), input);
        var output = temp.Combine("out");
        await TestSite.BuildAsync(input, output);
        var before = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        File.WriteAllText(Path.Combine(input, "broken.vtt"), "WEBVTT\n\n00:00:01.000 --> nonsense\nHello\n");
        var error = await Assert.ThrowsAsync<BuildFailedException>(() => TestSite.BuildAsync(input, output));

        Assert.Contains("broken.vtt:3", error.Message, StringComparison.Ordinal);
        var after = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".out.staging-*"));
    }

    [Fact]
    public async Task Keep_going_builds_the_good_episodes_and_reports_the_bad_one()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        TestSite.CopyDirectory(Repository.Fixture("site"), input);
        File.WriteAllText(Path.Combine(input, "broken.json"), "{ \"segments\": [ { \"start\": 1, \"text\": \"hi\" ");

        var summary = await TestSite.BuildAsync(input, temp.Combine("out"), keepGoing: true);

        Assert.Equal(2, summary.Episodes);
        var skipped = Assert.Single(summary.Skipped);
        Assert.StartsWith("broken.json", skipped, StringComparison.Ordinal);
    }
}
