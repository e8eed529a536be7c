using System.Collections.Immutable;
using System.Globalization;

namespace SiteGen.Benchmarks.Site;

/// <summary>The raw episodes of the shared corpus joined with their row of <c>episodes.csv</c> by episode number.</summary>
internal static class EpisodeCatalog
{
    // guest_names is free text ("A, B & C", "A and B"); a rare "First and First Last" splits wrongly, which costs nothing here.
    private static readonly string[] GuestSeparators = [", ", " & ", " and "];

    /// <param name="count">How many episodes, spread evenly over the corpus (old partly cased and newer lowercase captions); null for all.</param>
    public static ImmutableArray<CorpusEpisode> Load(string shared, int? count)
    {
        var corpus = Path.Combine(shared, "corpus");
        var rows = ReadRows(Path.Combine(corpus, "episodes.csv"));
        var raw = Directory.EnumerateFiles(Path.Combine(corpus, "raw"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var episodes = ImmutableArray.CreateBuilder<CorpusEpisode>(raw.Count);
        foreach (var path in raw)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !rows.TryGetValue(number, out var row))
            {
                throw new InvalidOperationException($"{path}: no row for this episode in episodes.csv.");
            }

            episodes.Add(new CorpusEpisode(
                name,
                number,
                row["title"],
                row["video_id"],
                DateOnly.ParseExact(row["publish_date"][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                [.. row["guest_names"].Split(GuestSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                path));
        }

        if (count is not { } n || n >= episodes.Count)
        {
            return episodes.ToImmutable();
        }

        return [.. Enumerable.Range(0, n).Select(i => episodes[(int)((long)i * episodes.Count / n)])];
    }

    private static Dictionary<int, Dictionary<string, string>> ReadRows(string path)
    {
        using var reader = new StreamReader(path);
        var header = CsvLine.Split(reader.ReadLine() ?? throw new InvalidOperationException($"{path} is empty."));
        var rows = new Dictionary<int, Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            var fields = CsvLine.Split(line);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i] : "";
            }

            if (double.TryParse(row["episode_number"], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                rows.TryAdd((int)number, row);
            }
        }

        return rows;
    }
}
