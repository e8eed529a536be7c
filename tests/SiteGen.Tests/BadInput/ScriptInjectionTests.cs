using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.BadInput;

/// <summary>Text from inputs is data everywhere it lands: pages, JSON-LD and the feed.</summary>
public sealed class ScriptInjectionTests
{
    private const string Vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome back. <script>alert('cue')</script> Today: tide pools.\n";
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("title", "\"<script>alert('title')</script> Tide Pools\"")]
    [InlineData("title", "\"</script><script>alert('title')</script>\"")]
    [InlineData("guests", "[\"<img src=x onerror=alert('guest')>\", \"Bo <svg onload=alert('guest')>\"]")]
    [InlineData("description", "\"</script><script>alert('description')</script><a href='javascript:alert(1)'>x</a>\"")]
    public async Task Markup_in_a_metadata_value_is_encoded_on_every_page_and_in_the_feed(string key, string value)
    {
        var yaml = key == "title" ? $"title: {value}\n" : $"title: Evil Episode\n{key}: {value}\n";
        using var site = new BadSite().With("evil.vtt", Vtt).With("evil.yml", yaml);

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false);

        Assert.Equal(3, summary.Episodes);
        AssertNothingExecutes(site.Output);
        // Shown as text, not dropped.
        var all = string.Join('\n', Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains($"alert(&#x27;{key.TrimEnd('s')}&#x27;)", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVaScRiPt:alert(1)")]
    [InlineData("java\\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    public async Task A_script_audio_url_is_refused_naming_file_and_line(string url)
    {
        using var site = new BadSite().With("evil.vtt", Vtt).With("evil.yml", $"title: Evil Episode\naudio_url: \"{url}\"\n");

        await site.AssertFailsKeepingPreviousAsync("evil.vtt", "evil.yml: 'audio_url' on line 2 must be an http(s) or relative URL");
        await site.AssertSkippedAsync("evil.vtt", "'audio_url' on line 2");
    }

    [Fact]
    public async Task A_video_id_with_quotes_is_refused_naming_file_and_line()
    {
        using var site = new BadSite().With("evil.vtt", Vtt).With("evil.yml", "title: Evil Episode\nvideo_id: 'Xy3_abc-12Q\" onload=\"alert(1)'\n");

        await site.AssertFailsKeepingPreviousAsync("evil.vtt", "evil.yml: 'video_id' on line 2 must be a YouTube video id or URL");
        await site.AssertSkippedAsync("evil.vtt", "'video_id' on line 2");
    }

    [Fact]
    public async Task A_video_url_with_trailing_markup_keeps_only_its_id()
    {
        using var site = new BadSite().With("evil.vtt", Vtt)
            .With("evil.yml", "title: Evil Episode\nvideo_id: 'https://www.youtube.com/watch?v=Ab3_def-45Z\"><script>alert(1)</script>'\n");

        await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false);

        AssertNothingExecutes(site.Output);
        var page = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Parser.ParseDocument(File.ReadAllText(f)))
            .Single(d => d.QuerySelector("h1")?.TextContent == "Evil Episode");
        Assert.StartsWith("https://www.youtube-nocookie.com/embed/Ab3_def-45Z?", page.QuerySelector("iframe#player")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    /// <summary>No script but the theme's own files and JSON-LD data, which must parse; no handlers; no script URLs.</summary>
    internal static void AssertNothingExecutes(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var script in document.Scripts)
            {
                if (script.Type == "application/ld+json")
                {
                    using var json = JsonDocument.Parse(script.TextContent);
                }
                else
                {
                    Assert.True(script.Source is { Length: > 0 } && string.IsNullOrWhiteSpace(script.TextContent), $"{file}: inline script {script.OuterHtml}");
                }
            }

            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{file}: handler {element.OuterHtml}");
                    if (attribute.Name is "href" or "src" or "action" or "formaction")
                    {
                        var squeezed = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                        Assert.False(
                            squeezed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || squeezed.StartsWith("data:", StringComparison.OrdinalIgnoreCase),
                            $"{file}: script URL in {element.OuterHtml}");
                    }
                }
            }

            Assert.Empty(document.QuerySelectorAll("main iframe:not(#player), main img, main svg, main object, main embed"));
        }

        XDocument.Parse(File.ReadAllText(Path.Combine(output, "feed.xml")));
    }
}
