namespace SiteGen.Text.Tests.Punctuation;

/// <summary>Finds the repository root (the folder with SiteGen.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    public static string? SharedCorpus() => Find() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus")) : null;

    public static string Specs() =>
        Path.Combine(Find() ?? throw new InvalidOperationException("Repository root not found."), "tests", "SiteGen.Text.Tests", "Punctuation", "Specs");
}
