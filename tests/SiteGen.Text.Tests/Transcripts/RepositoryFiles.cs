namespace SiteGen.Text.Tests.Transcripts;

/// <summary>
/// Finds files of the repository from the test's output folder: spec files are read in place (walking up to
/// SiteGen.sln), so no project change is needed to copy them.
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    });

    public static string RootDirectory => Root.Value ?? throw new InvalidOperationException("SiteGen.sln not found above the test output folder.");

    /// <summary>The shared corpus folder (../shared/corpus from the repository root), or null when absent.</summary>
    public static string? SharedCorpus
    {
        get
        {
            if (Root.Value is not { } root)
            {
                return null;
            }

            var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
            return Directory.Exists(corpus) ? corpus : null;
        }
    }

    public static string Spec(string feature, params string[] parts) =>
        Path.Combine([RootDirectory, "tests", "SiteGen.Text.Tests", feature, "Specs", .. parts]);

    public static string ReadSpec(string feature, params string[] parts) => File.ReadAllText(Spec(feature, parts));
}
