namespace SiteGen.EndToEnd.Tests;

/// <summary>Paths of the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

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
