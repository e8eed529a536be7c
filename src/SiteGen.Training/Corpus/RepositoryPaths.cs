namespace SiteGen.Training.Corpus;

/// <summary>Locates the repository root (the folder holding SiteGen.sln) and the shared corpus next to it.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (SiteGen.sln).");
    }

    public static string SharedCorpus() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "corpus"));
}
