using System.Globalization;

namespace SiteGen.Training.Corpus;

/// <summary>Reads episodes.csv, the corpus's catalogue of episodes, by episode number.</summary>
internal static class EpisodeCatalog
{
    // Guests are free text ("A, B & C", "A and B"), split as the site benchmark writes its sidecars.
    private static readonly string[] GuestSeparators = [",", " & ", " and "];

    public static Dictionary<int, CatalogEpisode> Read(string path)
    {
        var episodes = new Dictionary<int, CatalogEpisode>();
        List<string>[] rows = [.. Csv.Rows(File.ReadAllText(path))];
        if (rows.Length == 0)
        {
            return episodes;
        }

        var header = rows[0];
        int number = header.IndexOf("episode_number"), title = header.IndexOf("title"), topic = header.IndexOf("episode_title"),
            guests = header.IndexOf("guest_names");
        var last = Math.Max(Math.Max(number, title), Math.Max(topic, guests));
        foreach (var cells in rows.Skip(1))
        {
            // Numbers are written as floats ("12.0").
            if (cells.Count > last && double.TryParse(cells[number], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                var names = cells[guests].Split(GuestSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                episodes.TryAdd((int)n, new CatalogEpisode((int)n, cells[title], cells[topic], [.. names]));
            }
        }

        return episodes;
    }
}
