namespace SiteGen.Text.Tests.Similarity;

/// <summary>
/// Reads "input => expected" spec lines. Specs are read from the source tree (found by walking up to SiteGen.sln)
/// so that adding a case needs no project change.
/// </summary>
internal static class SpecFile
{
    public static IEnumerable<object[]> Cases(string name)
    {
        string path = Path.Combine(RepositoryRoot(), "tests", "SiteGen.Text.Tests", "Similarity", "Specs", name);
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int arrow = line.IndexOf(" => ", StringComparison.Ordinal);
            if (arrow < 0)
            {
                throw new InvalidDataException($"{name}:{number}: expected 'input => output'");
            }

            yield return [$"{name}:{number}", line[..arrow], line[(arrow + 4)..]];
        }
    }

    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
