namespace SiteGen.Text.Tests.Punctuation;

/// <summary>Reads spec files: one case per line, fields separated by " | ", '#' starts a comment line.</summary>
internal static class SpecFile
{
    public static TheoryData<string, string, string> Cases(string name)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot.Specs(), name)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(" | ");
            data.Add(fields[0], fields[1], fields[2]);
        }

        return data;
    }
}
