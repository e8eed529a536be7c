using SiteGen.Building;
using SiteGen.Core.Pipelines;

namespace SiteGen.Tests;

/// <summary>Builds a site from a folder with the repository's real theme.</summary>
internal static class TestSite
{
    public static async Task<BuildSummary> BuildAsync(string input, string output, bool keepGoing = false, string? theme = null)
    {
        var options = new BuildOptions(input, output, theme ?? Repository.Theme) { Search = false, KeepGoing = keepGoing };
        return await SiteBuilder.BuildAsync(options, NullBuildLog.Instance, CancellationToken.None);
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
