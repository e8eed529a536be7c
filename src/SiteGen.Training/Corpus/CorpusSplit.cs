using System.Globalization;

namespace SiteGen.Training.Corpus;

/// <summary>
/// The fixed development split: every episode of pairs.tsv whose number ends in 0 or 5 is DEV and never trained on;
/// episode 306 is always kept out.
/// </summary>
internal static class CorpusSplit
{
    public const int ExcludedEpisode = 306;

    public static IReadOnlyList<CorpusPair> Pairs(string corpus)
    {
        var pairs = new List<CorpusPair>();
        foreach (var line in File.ReadLines(Path.Combine(corpus, "pairs.tsv")).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 6 || !int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var episode))
            {
                continue;
            }

            pairs.Add(new CorpusPair(episode, Path.Combine(corpus, cols[3]), Path.Combine(corpus, cols[4]), cols[5].Trim()));
        }

        return pairs;
    }

    public static bool IsDevNumber(int episode) => episode % 5 == 0;

    public static IReadOnlyList<CorpusPair> DevPairs(string corpus) =>
        Pairs(corpus).Where(p => IsDevNumber(p.Episode) && p.Episode != ExcludedEpisode).OrderBy(p => p.Episode).ToList();

    /// <summary>Whisper transcripts to train on, in a stable order.</summary>
    public static IReadOnlyList<string> TrainingTranscripts(string corpus)
    {
        var dev = DevPairs(corpus).Select(p => p.Episode).ToHashSet();
        var files = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(corpus, "punctuated"), "*.vtt"))
        {
            if (int.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out var episode)
                && (dev.Contains(episode) || episode == ExcludedEpisode))
            {
                continue;
            }

            files.Add(path);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
