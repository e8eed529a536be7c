namespace SiteGen.Text.Tests.Names;

/// <summary>Finds the spec files of these tests: copied next to the test assembly, or in the source tree.</summary>
internal static class SpecFiles
{
    public static string Path(string fileName)
    {
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, "Names", "Specs", fileName);
        if (File.Exists(copied))
        {
            return copied;
        }

        var root = RepositoryRoot() ?? throw new FileNotFoundException("repository root (SiteGen.sln) not found", fileName);
        return System.IO.Path.Combine(root, "tests", "SiteGen.Text.Tests", "Names", "Specs", fileName);
    }

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
