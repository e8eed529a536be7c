using SiteGen.Building;
using SiteGen.Core.Pipelines;

namespace SiteGen.Tests.Building;

/// <summary>Builds with a cache reuse what did not change and give the same bytes as a build from scratch.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task After_one_transcript_changed_only_its_files_change_and_the_site_equals_a_build_without_cache()
    {
        using var temp = NewSite(out var input, out var output);
        await Build(input, output, temp.Combine("cache"));
        var before = Snapshot(output);

        File.AppendAllText(Path.Combine(input, "harbor-seals.txt"), " and that is all i wanted to say about seals today");
        var summary = await Build(input, output, temp.Combine("cache"));
        var after = Snapshot(output);
        await Build(input, temp.Combine("scratch"), null);
        var scratch = Snapshot(temp.Combine("scratch"));

        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, (bytes, _)) in scratch)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file].Bytes), file);
        }

        // The other episode's downloads were copied from the previous output: same bytes, same time.
        var unchanged = before.Keys.Where(f => f.StartsWith("8-omar-haddad/transcript", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, f => Assert.Equal(before[f].Time, after[f].Time));
        Assert.False(before["7-ines-park/transcript.txt"].Bytes.AsSpan().SequenceEqual(after["7-ines-park/transcript.txt"].Bytes));
        Assert.True(summary.CacheHits > 0);
        Assert.InRange(summary.NewFiles!.Value, 1, after.Count - 1);
    }

    [Fact]
    public async Task With_nothing_changed_no_file_is_written_anew_and_the_output_keeps_its_bytes_and_times()
    {
        using var temp = NewSite(out var input, out var output);
        var first = await Build(input, output, temp.Combine("cache"));
        var before = Snapshot(output);

        var second = await Build(input, output, temp.Combine("cache"));
        var after = Snapshot(output);

        Assert.Equal(before.Count, first.NewFiles);
        Assert.Equal(0, second.NewFiles);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value.Time, after[file.Key].Time));
    }

    [Fact]
    public async Task A_rebuild_with_nothing_changed_keeps_every_cache_entry()
    {
        using var temp = NewSite(out var input, out var output);
        var cache = temp.Combine("cache");
        await Build(input, output, cache);
        var entries = Entries(cache);

        // The second build reads only what it needs (not every episode's word counts), yet keeps them all.
        await Build(input, output, cache);

        Assert.Equal(entries, Entries(cache));
    }

    [Fact]
    public async Task After_an_episode_with_a_new_guest_is_added_episodes_analysed_to_the_same_result_make_nothing_anew()
    {
        using var temp = NewSite(out var input, out var output);
        await Build(input, output, temp.Combine("cache"));

        // A new guest changes the site's names, so every episode's names are repaired again: the same result.
        File.WriteAllText(
            Path.Combine(input, "kelp.txt"),
            "Transcript\nZz9_kelp-01A • Lena Ortiz: Kelp Forests | Fixture Radio #9\n/home/someone/captions/Zz9_kelp-01A.en.vtt\n" +
            "Kind: captions Language: en welcome back to fixture radio today i'm talking with lena ortiz who dives in kelp forests " +
            "so lena what is a kelp forest well it is a forest of giant algae that grows toward the light and it shelters fish and otters");
        File.WriteAllText(Path.Combine(input, "kelp.yml"), "guests: [Lena Ortiz]\n");
        var summary = await Build(input, output, temp.Combine("cache"));
        var after = Snapshot(output);
        await Build(input, temp.Combine("scratch"), null);
        var scratch = Snapshot(temp.Combine("scratch"));

        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(scratch, file => Assert.True(file.Value.Bytes.AsSpan().SequenceEqual(after[file.Key].Bytes), file.Key));
        Assert.Contains(summary.MadeFiles, f => f.StartsWith("lena-ortiz/", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.MadeFiles, f => f.StartsWith("8-omar-haddad/transcript", StringComparison.Ordinal));
    }

    [PagefindFact]
    public async Task With_search_a_rebuild_where_no_page_changed_keeps_the_index_and_a_changed_page_makes_it_again()
    {
        using var temp = NewSite(out var input, out var output);
        await Build(input, output, temp.Combine("cache"), search: true);
        var first = Snapshot(output);
        var index = first.Keys.Where(f => f.StartsWith("pagefind/", StringComparison.Ordinal)).ToList();
        Assert.Contains("pagefind/pagefind-entry.json", index);

        var unchanged = await Build(input, output, temp.Combine("cache"), search: true);
        var second = Snapshot(output);

        Assert.True(unchanged.SearchIndexed);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(index, f => Assert.Equal(first[f].Time, second[f].Time));

        File.AppendAllText(Path.Combine(input, "harbor-seals.txt"), " and then we talked about walruses for a while");
        await Build(input, output, temp.Combine("cache"), search: true);
        var third = Snapshot(output);

        Assert.NotEqual(first["pagefind/pagefind-entry.json"].Time, third["pagefind/pagefind-entry.json"].Time);
        Assert.Contains(third.Keys, f => f.StartsWith("pagefind/", StringComparison.Ordinal) && !first.ContainsKey(f));
    }

    [Theory]
    [InlineData("base_url: https://fixture.example/", "base_url: https://radio.example/")]
    [InlineData("artwork: https://fixture.example/cover.png", "artwork: https://fixture.example/cover-2.png")]
    [InlineData("hosts: [Dana Cole]", "hosts: [Dana Cole, Sam Reyes]")]
    public async Task After_the_settings_changed_the_site_equals_a_build_without_cache(string setting, string changed)
    {
        using var temp = NewSite(out var input, out var output);
        await Build(input, output, temp.Combine("cache"));

        var settings = Path.Combine(input, "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace(setting, changed, StringComparison.Ordinal));
        await Build(input, output, temp.Combine("cache"));
        var after = Snapshot(output);
        await Build(input, temp.Combine("scratch"), null);
        var scratch = Snapshot(temp.Combine("scratch"));

        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(scratch, file => Assert.True(file.Value.Bytes.AsSpan().SequenceEqual(after[file.Key].Bytes), file.Key));
    }

    [Fact]
    public async Task After_a_template_changed_every_page_is_made_again_and_equals_a_build_without_cache()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        var theme = temp.Combine("theme");
        TestSite.CopyDirectory(Repository.Fixture("site"), input);
        TestSite.CopyDirectory(Path.Combine(Repository.Theme, "templates"), Path.Combine(theme, "templates"));
        TestSite.CopyDirectory(Path.Combine(Repository.Theme, "assets"), Path.Combine(theme, "assets"));
        var output = temp.Combine("output");
        await Build(input, output, temp.Combine("cache"), theme);

        var layout = Path.Combine(theme, "templates", "layout.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<!-- layout v2 --></body>", StringComparison.Ordinal));
        await Build(input, output, temp.Combine("cache"), theme);
        var after = Snapshot(output);
        await Build(input, temp.Combine("scratch"), null, theme);
        var scratch = Snapshot(temp.Combine("scratch"));

        var pages = after.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 5, string.Join(", ", pages));
        Assert.All(pages, page => Assert.Contains("<!-- layout v2 -->", System.Text.Encoding.UTF8.GetString(after[page].Bytes), StringComparison.Ordinal));
        Assert.Equal(scratch.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(scratch, file => Assert.True(file.Value.Bytes.AsSpan().SequenceEqual(after[file.Key].Bytes), file.Key));
    }

    /// <summary>A temporary folder holding a copy of the fixture site's input, and where its output goes.</summary>
    private static TempFolder NewSite(out string input, out string output)
    {
        var temp = new TempFolder();
        input = temp.Combine("input");
        TestSite.CopyDirectory(Repository.Fixture("site"), input);
        output = temp.Combine("output");
        return temp;
    }

    private static Task<BuildSummary> Build(string input, string output, string? cache, string? theme = null, bool search = false) =>
        SiteBuilder.BuildAsync(
            new BuildOptions(input, output, theme ?? Repository.Theme) { Search = search, CacheDirectory = cache },
            NullBuildLog.Instance,
            CancellationToken.None);

    private static List<string> Entries(string cache) =>
        [.. Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(cache, f)).Order(StringComparer.Ordinal)];

    private static Dictionary<string, (byte[] Bytes, DateTime Time)> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)),
            StringComparer.Ordinal);
}
