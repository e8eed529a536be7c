using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SiteGen.Text.Tests.Similarity;

/// <summary>A raw episode of the shared corpus with their topic titles and guests from episodes.csv.</summary>
internal sealed record CorpusEpisode(string Id, string Text, string Topic, ImmutableArray<string> Guests)
{
    public static List<CorpusEpisode> Load(string corpus)
    {
        var meta = new Dictionary<string, (string Topic, ImmutableArray<string> Guests)>(StringComparer.Ordinal);
        List<List<string>> rows = Csv(File.ReadAllText(Path.Combine(corpus, "episodes.csv")));
        List<string> header = rows[0];
        int number = header.IndexOf("episode_number");
        int guests = header.IndexOf("guest_names");
        int topic = header.IndexOf("episode_title");
        foreach (List<string> row in rows.Skip(1))
        {
            if (row.Count > Math.Max(number, Math.Max(guests, topic))
                && double.TryParse(row[number], NumberStyles.Float, CultureInfo.InvariantCulture, out double n))
            {
                meta[((int)n).ToString("D3", CultureInfo.InvariantCulture)] = (row[topic], [.. row[guests]
                    .Split([",", " & ", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
            }
        }

        return [.. Directory.GetFiles(Path.Combine(corpus, "raw"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                string id = Path.GetFileNameWithoutExtension(file);
                (string t, ImmutableArray<string> g) = meta.TryGetValue(id, out var m) ? m : ("", []);
                return new CorpusEpisode(id, File.ReadAllText(file), t, g);
            })];
    }

    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (!quoted && c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
