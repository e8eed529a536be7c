using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.EndToEnd.Tests;

/// <summary>The built sample site driven in headless Chromium.</summary>
public sealed class SiteInBrowserTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [BrowserFact]
    public async Task Home_page_lists_every_episode()
    {
        await using var tab = await SitePage.OpenAsync(site, "index.html");
        var links = tab.Page.Locator("#episode-list li h2 a");
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        var expected = site.PagesContaining("id=\"transcript\"");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, hrefs.Order(StringComparer.Ordinal));
        Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
    }

    [BrowserFact]
    public async Task Chapter_link_scrolls_to_its_heading()
    {
        var episode = site.PagesContaining("<nav id=\"chapters\"").First();
        await using var tab = await SitePage.OpenAsync(site, episode);
        var page = tab.Page;
        var links = page.Locator("nav#chapters a[href^='#']");
        Assert.True(await links.CountAsync() >= 2, "the episode should have two or more chapters");

        var last = links.Last;
        var anchor = (await last.GetAttributeAsync("href"))!;
        const string Top = "id => document.getElementById(id).getBoundingClientRect().top";
        Assert.True(await page.EvaluateAsync<double>(Top, anchor[1..]) > await page.EvaluateAsync<double>("() => window.innerHeight"), "the last chapter should start below the fold");

        // Followed from the keyboard: a pointer click can land on the lazy video iframe as it lays out beside the list.
        await last.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // On screen rather than exactly at the top: late layout (search widget, embedded player) may nudge it.
        await page.WaitForFunctionAsync(
            "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight && window.scrollY > 0; }",
            anchor[1..]);
        Assert.EndsWith(anchor, page.Url, StringComparison.Ordinal);
        Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
    }

    [BrowserFact]
    public async Task Search_finds_each_episode_by_a_word_only_its_transcript_has_and_opens_it()
    {
        var words = site.UniqueTranscriptWords();
        Assert.True(words.Count >= 2, $"{words.Count} episode(s) with a word of their own");
        foreach (var (episode, word) in words)
        {
            await using var tab = await SitePage.OpenAsync(site, "index.html");
            var page = tab.Page;
            var input = page.Locator("#search input.pagefind-ui__search-input");
            await input.FillAsync(word);
            var result = page.Locator("#search .pagefind-ui__result-link").First;
            await result.WaitForAsync();
            var folder = episode.Replace("index.html", "", StringComparison.Ordinal);
            Assert.Contains(folder, await result.GetAttributeAsync("href") ?? "", StringComparison.Ordinal);

            await result.ClickAsync();

            await page.WaitForURLAsync(new Regex(Regex.Escape(folder)));
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(word, new() { IgnoreCase = true });
            Assert.True(tab.Errors.Count == 0, string.Join("\n", tab.Errors));
        }
    }

    [BrowserFact]
    public async Task Pages_have_no_serious_accessibility_violations()
    {
        var pages = new[]
        {
            "index.html",
            site.PagesContaining("<nav id=\"chapters\"").First(),
            site.FirstPageUnder("guests"),
            site.FirstPageUnder("entities"),
        };

        var problems = new List<string>();
        foreach (var path in pages)
        {
            await using var tab = await SitePage.OpenAsync(site, path);
            await tab.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Prerequisites.AxeScript });
            var violations = await tab.Page.EvaluateAsync<JsonElement>(
                """
                async () => (await axe.run()).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary}`))
                """);
            problems.AddRange(violations.EnumerateArray().Select(v => $"{path}: {v.GetString()}"));
            problems.AddRange(tab.Errors.Select(e => $"{path}: {e}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
