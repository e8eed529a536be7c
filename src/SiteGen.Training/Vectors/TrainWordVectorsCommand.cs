using System.Globalization;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Training.Corpus;

namespace SiteGen.Training.Vectors;

/// <summary>
/// train-word-vectors: PPMI + truncated SVD word vectors over the content stems of the Whisper transcripts, leaving out
/// every episode that has an official transcript (the chapter evaluation's episodes) and 306. Deterministic: a rerun
/// writes the same bytes. Options: --corpus DIR, --out FILE, --dims N (64), --vocab N (20000), --min N (5),
/// --window N (content words on each side, 10), --power N (subspace iterations, 4), --raw true (also the raw captions).
/// </summary>
internal static class TrainWordVectorsCommand
{
    public static int Run(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        var corpus = options.GetValueOrDefault("corpus") ?? RepositoryPaths.SharedCorpus();
        var output = options.GetValueOrDefault("out")
            ?? Path.Combine(RepositoryPaths.Root(), "src", "SiteGen.Text", "Chapters", "Model", "word-vectors.bin");
        var dims = Int(options, "dims", 64);
        var maxVocabulary = Int(options, "vocab", 20000);
        var minCount = Int(options, "min", 5);
        var window = Int(options, "window", 10);
        var power = Int(options, "power", 4);
        var withRaw = options.GetValueOrDefault("raw") == "true";

        var held = new HashSet<int> { CorpusSplit.ExcludedEpisode };
        foreach (var file in Directory.GetFiles(Path.Combine(corpus, "official"), "*.md"))
        {
            if (EpisodeNumber(file) is { } number)
            {
                held.Add(number);
            }
        }

        var files = Sources(Path.Combine(corpus, "punctuated"), "*.vtt", held);
        if (withRaw)
        {
            files.AddRange(Sources(Path.Combine(corpus, "raw"), "*.txt", held));
        }

        Console.WriteLine($"training on {files.Count} transcripts ({held.Count} episodes with official transcripts or withheld left out)");
        var started = DateTime.UtcNow;
        var analyzer = new ContentTermAnalyzer();
        var documents = new List<int[]>();
        var terms = new List<int>();
        foreach (var file in files)
        {
            terms.Clear();
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line.StartsWith("WEBVTT", StringComparison.Ordinal) || line.Contains("-->", StringComparison.Ordinal))
                {
                    continue;
                }

                analyzer.AddTerms(line, terms);
            }

            documents.Add([.. terms]);
        }

        var model = PpmiSvd.Train(documents, analyzer.Vocabulary, new PpmiSvd.Settings(dims, maxVocabulary, minCount, window, power), Console.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var stream = File.Create(output))
        {
            WordVectors.Write(stream, model.Words, model.Vectors);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes, {model.Words.Count} words x {dims}) in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        return 0;
    }

    private static List<string> Sources(string folder, string pattern, HashSet<int> held)
    {
        var files = new List<string>();
        foreach (var path in Directory.GetFiles(folder, pattern))
        {
            if (EpisodeNumber(path) is { } number && !held.Contains(number))
            {
                files.Add(path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static int? EpisodeNumber(string path) =>
        int.TryParse(Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
