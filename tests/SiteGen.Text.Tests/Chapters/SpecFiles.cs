namespace SiteGen.Text.Tests.Chapters;

/// <summary>Finds spec files and the shared corpus from the repository root (the folder holding SiteGen.sln).</summary>
internal static class SpecFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedCorpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    public static string SpecPath(string feature, string name) =>
        Path.Combine(RepositoryRoot, "tests", "SiteGen.Text.Tests", feature, "Specs", name);

    public static IEnumerable<string> Lines(string feature, string name) =>
        File.ReadAllLines(SpecPath(feature, name)).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
