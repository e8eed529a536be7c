using System.Text;

namespace SiteGen.Tests.Building;

/// <summary>
/// Builds the fixture site with the real theme and compares every output file with the committed expected files.
/// After an intended change, run with SITEGEN_ACCEPT_GOLDEN=1 to rewrite them, and review the diff.
/// </summary>
public sealed class GoldenSiteTests
{
    private static readonly string Expected = Path.Combine(Repository.Root, "tests", "SiteGen.Tests", "Golden", "fixture-site");

    [Fact]
    public async Task Fixture_site_matches_the_golden_files()
    {
        using var temp = new TempFolder();
        await TestSite.BuildAsync(Repository.Fixture("site"), temp.Combine("out"));
        var actual = Snapshot(temp.Combine("out"));

        if (Environment.GetEnvironmentVariable("SITEGEN_ACCEPT_GOLDEN") == "1")
        {
            if (Directory.Exists(Expected))
            {
                Directory.Delete(Expected, recursive: true);
            }

            foreach (var (path, text) in actual)
            {
                var target = Path.Combine(Expected, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text, new UTF8Encoding(false));
            }
        }

        Assert.True(Directory.Exists(Expected), "No golden files yet: run the tests once with SITEGEN_ACCEPT_GOLDEN=1 and review them.");
        var expected = Snapshot(Expected);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in expected)
        {
            Assert.True(text == actual[path], $"{path} differs from its golden file; if the change is intended, accept it with SITEGEN_ACCEPT_GOLDEN=1.\n--- actual ---\n{actual[path]}");
        }
    }

    /// <summary>Text outputs, normalised for line endings; assets are named by content hash and stand for themselves.</summary>
    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("assets/", StringComparison.Ordinal))
            {
                continue;
            }

            files[relative] = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return files;
    }
}
