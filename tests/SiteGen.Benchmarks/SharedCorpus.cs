namespace SiteGen.Benchmarks;

/// <summary>
/// Finds the repository (the folder holding SiteGen.sln, walking up from the binaries, which also works from the
/// folder BenchmarkDotNet generates) and the shared corpus beside it. Shared text is only ever read at run time.
/// </summary>
internal static class SharedCorpus
{
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above the benchmark binaries or the current folder.");
    }

    /// <summary>The shared folder: <paramref name="overridePath"/> when given, else ../shared from the repository.</summary>
    public static string Find(string? overridePath = null)
    {
        var path = Path.GetFullPath(overridePath ?? Path.Combine(RepositoryRoot(), "..", "shared"));
        if (!System.IO.Directory.Exists(Path.Combine(path, "corpus", "raw")))
        {
            throw new InvalidOperationException(
                $"The shared corpus is missing: expected {Path.Combine(path, "corpus", "raw")} (pass --shared DIR for the site benchmark).");
        }

        return path;
    }

    /// <summary>One raw caption file's text, by episode file name (e.g. "080.txt").</summary>
    public static string RawText(string fileName) =>
        File.ReadAllText(Path.Combine(Find(), "corpus", "raw", fileName));
}
