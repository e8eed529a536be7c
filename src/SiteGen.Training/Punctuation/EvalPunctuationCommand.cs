using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Punctuation.Evaluation;
using SiteGen.Text.Transcripts;
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
        var errors = 0;
        var whisperInput = false;
        var show = 0;
        var agreement = false;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--corpus": corpus = args[i + 1]; break;
                case "--model": modelPath = args[i + 1]; break;
                case "--max-episodes": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--whisper-input": whisperInput = args[i + 1] == "true"; break;
                case "--agreement": agreement = args[i + 1] == "true"; break;
                case "--show": show = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--errors": errors = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        corpus ??= RepositoryPaths.SharedCorpus();
        if (agreement)
        {
            return Agreement(corpus);
        }

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

            var vtt = File.ReadAllText(pair.PunctuatedPath);

            // The Whisper words themselves as input separate the model's errors from the captions' mishearings.
            var raw = whisperInput ? string.Join(' ', PunctuatedText.ParseVtt(vtt).Select(w => w.Form.ToLowerInvariant())) : File.ReadAllText(pair.RawPath);
            words += RestorationEvaluation.Add(restorer, raw, vtt, s.Model, s.Baseline);
            if (show > 0)
            {
                Show(restorer, raw, vtt, show);
                show = 0;
            }
        }

        Console.WriteLine($"DEV: {pairs.Count} episodes of pairs.tsv numbered *0 or *5 (never trained on), {words:N0} raw words");
        Console.WriteLine($"throughput: {Throughput(restorer, pairs):N0} words per CPU-second (one thread; CPU time, as the machine is shared)");
        foreach (var (style, s) in scores)
        {
            Console.WriteLine($"raw_style {style}");
            s.Model.Print(Console.Out, "model");
            s.Model.PrintConfusion(Console.Out);
            if (errors > 0)
            {
                s.Model.PrintCasingErrors(Console.Out, errors);
            }

            s.Baseline.Print(Console.Out, $"baseline (period every {RestorationEvaluation.BaselineSentenceWords} words, input casing)");
        }

        return 0;
    }

    /// <summary>
    /// How far two careful punctuators agree: the human transcripts of official/ scored against Whisper's on the
    /// episodes both have. A model scored against Whisper cannot be expected to agree with it more than people do.
    /// </summary>
    private static int Agreement(string corpus)
    {
        var score = new RestorationScore();
        var episodes = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(corpus, "official"), "*.md").Order(StringComparer.Ordinal))
        {
            var episode = Path.GetFileNameWithoutExtension(path);
            var vttPath = Path.Combine(corpus, "punctuated", episode + ".vtt");
            if (!File.Exists(vttPath))
            {
                continue;
            }

            var human = new List<CorpusWord>();
            foreach (var segment in TranscriptReader.Read(path, File.ReadAllText(path)).Segments)
            {
                PunctuatedText.AddTokens(segment.Text, human);
            }

            var whisper = PunctuatedText.ParseVtt(File.ReadAllText(vttPath));
            var alignment = WordAligner.Align(
                [.. human.Select(w => w.Form.ToLowerInvariant())],
                [.. whisper.Select(w => w.Form.ToLowerInvariant())]);
            score.Add(alignment, [.. human.Select(w => w.Mark)], [.. human.Select(w => w.Form)], whisper);
            episodes.Add(episode);
        }

        Console.WriteLine($"Human transcripts (official/) scored against Whisper's (punctuated/) on the {episodes.Count} episodes both have: {string.Join(", ", episodes)}");
        score.Print(Console.Out, "human punctuation as the prediction, Whisper as gold");
        score.PrintConfusion(Console.Out);
        return 0;
    }

    private static double Throughput(PunctuationRestorer restorer, IReadOnlyList<CorpusPair> pairs)
    {
        var episodes = pairs.Take(8).Select(p => PunctuatedText.CaptionWords(File.ReadAllText(p.RawPath))).ToList();
        var total = 0L;
        var cpu = TimeSpan.Zero;
        for (var round = 0; round < 2; round++)
        {
            foreach (var words in episodes)
            {
                var marks = new PunctuationMark[words.Length];
                var cased = new string[words.Length];
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                restorer.Predict(words, marks, cased);
                if (round > 0)
                {
                    // The first round warms the JIT and the caches.
                    cpu += Process.GetCurrentProcess().TotalProcessorTime - before;
                    total += words.Length;
                }
            }
        }

        return total / cpu.TotalSeconds;
    }

    /// <summary>Prints the start of one restored episode above its Whisper text, for reading the errors.</summary>
    private static void Show(PunctuationRestorer restorer, string raw, string vtt, int count)
    {
        var words = PunctuatedText.CaptionWords(raw).Take(count).Select(w => new Text.Prose.TimedWord(w, null, null)).ToImmutableArray();
        Console.WriteLine("restored: " + string.Join(' ', restorer.Restore(words).Select(s => s.Text)));
        Console.WriteLine("whisper:  " + string.Join(' ', PunctuatedText.ParseVtt(vtt).Take(count).Select(w => w.Mark == PunctuationMark.None ? w.Form : w.Form + PunctuationRestorer.Symbol(w.Mark))));
    }

    private static PunctuationModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return PunctuationModel.Read(stream);
    }
}
