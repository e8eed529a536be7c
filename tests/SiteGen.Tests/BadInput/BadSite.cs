using SiteGen.Building;
using SiteGen.Core.Pipelines;

namespace SiteGen.Tests.BadInput;

/// <summary>
/// The fixture site plus one bad input. Checks both promises of a build: by default it fails naming the file and
/// leaves the previous site as it was; with keep-going it builds the fixture's two episodes and reports the bad file.
/// </summary>
internal sealed class BadSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public BadSite()
    {
        TestSite.CopyDirectory(Repository.Fixture("site"), Input);
    }

    public string Input => _temp.Combine("in");

    public string Output => _temp.Combine("out");

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public BadSite With(string name, string text)
    {
        File.WriteAllText(Path.Combine(Input, name), text);
        return this;
    }

    public BadSite With(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Input, name), bytes);
        return this;
    }

    public static Task<BuildSummary> BuildAsync(string input, string output, bool keepGoing, IBuildLog? log = null, string? theme = null)
    {
        var options = new BuildOptions(input, output, theme ?? Repository.Theme) { Search = false, KeepGoing = keepGoing };
        return SiteBuilder.BuildAsync(options, log ?? NullBuildLog.Instance, CancellationToken.None);
    }

    /// <summary>Builds the good site, adds nothing, then asserts a default build with the current input fails with every fragment and keeps the old output.</summary>
    public async Task<string> AssertFailsKeepingPreviousAsync(params string[] fragments)
    {
        var good = Combine("good");
        TestSite.CopyDirectory(Repository.Fixture("site"), good);
        await BuildAsync(good, Output, keepGoing: false);
        var before = Snapshot(Output);

        var error = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync(Input, Output, keepGoing: false));

        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        var after = Snapshot(Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
        return error.Message;
    }

    /// <summary>Builds with keep-going: the fixture's episodes are published and the bad file is the one skipped, with every fragment.</summary>
    public async Task<string> AssertSkippedAsync(string file, params string[] fragments)
    {
        var output = Combine("kept-going");
        var summary = await BuildAsync(Input, output, keepGoing: true);

        var skipped = Assert.Single(summary.Skipped);
        Assert.StartsWith(file, skipped, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, skipped, StringComparison.Ordinal);
        }

        AssertFixtureEpisodesBuilt(output, summary);
        return skipped;
    }

    public static void AssertFixtureEpisodesBuilt(string output, BuildSummary summary)
    {
        Assert.Equal(2, summary.Episodes);
        var headings = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToList();
        Assert.Contains(headings, h => h.Contains("Harbor Seals", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Contains("Bread and Time", StringComparison.Ordinal));
    }

    public static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
