using System.Globalization;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Punctuation.Evaluation;
using SiteGen.Training.Corpus;

namespace SiteGen.Training.Punctuation;

/// <summary>
/// eval-punctuation: restores the raw captions of the DEV episodes (never trained on), aligns them with their Whisper
/// transcripts and scores marks and casing per raw style, next to a trivial baseline (a period every N words, the
/// input's own casing).
/// </summary>
internal static class EvalPunctuationCommand
{
    public static int Run(string[] args)
    {
        string? corpus = null, modelPath = null;
        var limit = int.MaxValue;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--model": modelPath = args[i + 1]; break;
                case "--max-episodes": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        corpus ??= RepositoryPaths.SharedCorpus();
        var restorer = modelPath is null ? PunctuationRestorer.Default : new PunctuationRestorer(Load(modelPath));
        var scores = new SortedDictionary<string, (RestorationScore Model, RestorationScore Baseline)>(StringComparer.Ordinal);
        var words = 0L;
        var pairs = CorpusSplit.DevPairs(corpus).Take(limit).ToList();
        foreach (var pair in pairs)
        {
            if (!scores.TryGetValue(pair.RawStyle, out var s))
            {
                s = (new RestorationScore(), new RestorationScore());
                scores[pair.RawStyle] = s;
            }

            words += RestorationEvaluation.Add(restorer, File.ReadAllText(pair.RawPath), File.ReadAllText(pair.PunctuatedPath), s.Model, s.Baseline);
        }

        Console.WriteLine($"DEV: {pairs.Count} episodes of pairs.tsv numbered *0 or *5 (never trained on), {words:N0} raw words");
        foreach (var (style, s) in scores)
        {
            Console.WriteLine($"raw_style {style}");
            s.Model.Print(Console.Out, "model");
            s.Baseline.Print(Console.Out, $"baseline (period every {RestorationEvaluation.BaselineSentenceWords} words, input casing)");
        }

        return 0;
    }

    private static PunctuationModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return PunctuationModel.Read(stream);
    }
}
