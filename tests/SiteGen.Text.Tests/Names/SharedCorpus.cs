using System.Text;

namespace SiteGen.Text.Tests.Names;

/// <summary>Reads the shared corpus for quality-floor tests; never copies its text anywhere.</summary>
internal static class SharedCorpus
{
    public static string? Directory { get; } = Find();

    /// <summary>Held-out episodes end in 0 or 5; every other episode may be used to learn from.</summary>
    public static bool IsDev(int episode) => episode % 5 == 0;

    /// <summary>Rows of pairs.tsv: episode, guest (from the title), raw path, punctuated path.</summary>
    public static IEnumerable<(int Episode, string Guest, string Raw, string Punctuated)> Pairs()
    {
        foreach (var line in File.ReadLines(Path.Combine(Directory!, "pairs.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            var colon = cells[2].IndexOf(':', StringComparison.Ordinal);
            yield return (int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture),
                colon > 0 ? cells[2][..colon].Trim() : string.Empty,
                Path.Combine(Directory!, cells[3]),
                Path.Combine(Directory!, cells[4]));
        }
    }

    public static List<string> Sentences(string vttPath)
    {
        var text = new StringBuilder();
        foreach (var line in File.ReadLines(vttPath))
        {
            if (line.Length > 0 && !line.StartsWith("WEBVTT", StringComparison.Ordinal) && !line.Contains("-->", StringComparison.Ordinal))
            {
                text.Append(' ').Append(line.Trim());
            }
        }

        var sentences = new List<string>();
        var current = new List<string>();
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            current.Add(words[i]);
            if (words[i][^1] is '.' or '?' or '!' && (i + 1 == words.Length || char.IsUpper(words[i + 1][0])))
            {
                sentences.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(string.Join(' ', current));
        }

        return sentences;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return File.Exists(Path.Combine(corpus, "pairs.tsv")) ? corpus : null;
            }
        }

        return null;
    }
}
