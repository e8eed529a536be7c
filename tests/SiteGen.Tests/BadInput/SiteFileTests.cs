using SiteGen.Rendering;
using SiteGen.Text.Transcripts;

namespace SiteGen.Tests.BadInput;

/// <summary>Site-wide inputs (glossary, theme) fail the whole build, even with keep-going: every page depends on them.</summary>
public sealed class SiteFileTests
{
    [Fact]
    public async Task A_glossary_entry_with_a_javascript_link_fails_the_build_naming_file_and_line()
    {
        using var site = new BadSite().With("glossary.yml", "- name: Harbor Seal\n  type: other\n  link: https://example.org/seal\n- name: Evil\n  link: \"JavaScript:alert(1)\"\n");
        var good = site.Combine("good");
        TestSite.CopyDirectory(Repository.Fixture("site"), good);
        await BadSite.BuildAsync(good, site.Output, keepGoing: false);
        var before = BadSite.Snapshot(site.Output);

        var error = await Assert.ThrowsAsync<TranscriptFormatException>(() => BadSite.BuildAsync(site.Input, site.Output, keepGoing: false));
        var again = await Assert.ThrowsAsync<TranscriptFormatException>(() => BadSite.BuildAsync(site.Input, site.Output, keepGoing: true));

        Assert.StartsWith("glossary.yml:5: unsafe link 'JavaScript:alert(1)'", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
        Assert.Equal(error.Message, again.Message);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), BadSite.Snapshot(site.Output).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_broken_template_fails_the_build_naming_the_template_and_line()
    {
        using var site = new BadSite();
        var theme = site.Combine("theme");
        TestSite.CopyDirectory(Repository.Theme, theme);
        var episode = Path.Combine(theme, "templates", "episode.liquid");
        var lines = File.ReadAllLines(episode).ToList();
        lines.Insert(2, "<p>{% for x in %}broken{% endfor %}</p>");
        File.WriteAllLines(episode, lines);
        await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false);
        var before = BadSite.Snapshot(site.Output);

        var error = await Assert.ThrowsAsync<ThemeException>(() => BadSite.BuildAsync(site.Input, site.Output, keepGoing: true, theme: theme));

        // Fluid gives the position as "(line:column)"; the message leads with file:line.
        Assert.StartsWith("theme/templates/episode.liquid:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid 'for' tag at (3:10)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), BadSite.Snapshot(site.Output).Keys.Order(StringComparer.Ordinal));
    }
}
