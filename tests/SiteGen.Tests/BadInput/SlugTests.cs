namespace SiteGen.Tests.BadInput;

public sealed class SlugTests
{
    private const string Vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome back to the show about tide pools.\n";

    [Fact]
    public async Task Two_episodes_with_the_same_slug_get_a_warning_and_a_deterministic_suffix()
    {
        using var site = new BadSite()
            .With("a.vtt", Vtt).With("a.yml", "title: Tide Pools\nslug: tide-pools\n")
            .With("b.vtt", Vtt).With("b.yml", "title: Tide Pools Again\nslug: tide-pools\n");
        var log = new RecordingLog();

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false, log);

        Assert.Equal(4, summary.Episodes);
        Assert.Contains("b.vtt: slug 'tide-pools' is taken by a.vtt; using 'tide-pools-2'", log.Warnings);
        Assert.Contains("Tide Pools Again", File.ReadAllText(Path.Combine(site.Output, "tide-pools-2", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("Tide Pools Again", File.ReadAllText(Path.Combine(site.Output, "tide-pools", "index.html")), StringComparison.Ordinal);

        var again = await BadSite.BuildAsync(site.Input, site.Combine("again"), keepGoing: false);
        Assert.Equal(4, again.Episodes);
        Assert.Contains("Tide Pools Again", File.ReadAllText(Path.Combine(site.Combine("again"), "tide-pools-2", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_episode_whose_derived_slug_is_reserved_by_the_site_is_moved_aside()
    {
        using var site = new BadSite().With("assets.vtt", Vtt).With("assets.yml", "title: Assets\n");
        var log = new RecordingLog();

        await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false, log);

        Assert.Contains("assets.vtt: slug 'assets' is reserved by the site; using 'assets-2'", log.Warnings);
        Assert.True(File.Exists(Path.Combine(site.Output, "assets-2", "index.html")));
    }

    [Theory]
    [InlineData("../../escaped", "escaped")]
    [InlineData("/tmp/escaped", "tmp-escaped")]
    [InlineData("C:\\\\Windows\\\\escaped", "c-windows-escaped")]
    [InlineData("a b?c#d%2F..%2Fe<script>", "a-b-c-d-2f-2fe-script")]
    public async Task A_slug_with_a_path_or_url_characters_is_sanitised_and_nothing_is_written_outside_the_output(string slug, string expected)
    {
        using var site = new BadSite().With("escape.vtt", Vtt).With("escape.yml", $"title: Escape\nslug: \"{slug}\"\n");
        var log = new RecordingLog();
        var before = Directory.EnumerateFileSystemEntries(site.Combine()).Append(site.Output).Order(StringComparer.Ordinal).ToList();

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false, log);

        Assert.Equal(3, summary.Episodes);
        Assert.True(File.Exists(Path.Combine(site.Output, expected, "index.html")), expected);
        Assert.Contains(log.Warnings, w => w.StartsWith("escape.vtt: slug '", StringComparison.Ordinal) && w.EndsWith($"is not URL-safe; using '{expected}'", StringComparison.Ordinal));
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(site.Combine()).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "escaped")));
        Assert.False(Directory.Exists(Path.Combine(Path.GetPathRoot(site.Output)!, "tmp", "escaped")));
    }

    [Fact]
    public async Task A_file_name_with_url_characters_gets_a_clean_slug_from_its_title()
    {
        using var site = new BadSite().With("Tide Pools #3 (final?) & more.vtt", Vtt);

        var summary = await BadSite.BuildAsync(site.Input, site.Output, keepGoing: false);

        Assert.Equal(3, summary.Episodes);
        Assert.Contains(
            Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(">Tide Pools", StringComparison.Ordinal));
        Assert.All(
            Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories),
            e => Assert.Matches("^[a-z0-9._/-]+$", Path.GetRelativePath(site.Output, e).Replace('\\', '/')));
    }
}
