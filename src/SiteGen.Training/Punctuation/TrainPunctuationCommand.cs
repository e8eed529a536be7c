using SiteGen.Text.Punctuation.Evaluation;
using SiteGen.Training.Corpus;

namespace SiteGen.Training.Punctuation;

/// <summary>train-punctuation: learns the restoration model from the Whisper transcripts outside the DEV split.</summary>
internal static class TrainPunctuationCommand
{
    public static int Run(string[] args)
    {
        var options = TrainingOptions.Parse(args);
        var corpus = options.Corpus ?? RepositoryPaths.SharedCorpus();
        var output = options.Output ?? Path.Combine(RepositoryPaths.Root(), "src", "SiteGen.Text", "Punctuation", "Model", "punctuation.bin");
        var files = CorpusSplit.TrainingTranscripts(corpus).Take(options.MaxEpisodes).ToList();
        Console.WriteLine($"training on {files.Count} transcripts from {corpus} (DEV: pairs.tsv episodes ending in 0 or 5, and 306, left out)");
        var transcripts = files.Select(f => PunctuatedText.PunctuatedStretches(PunctuatedText.ParseVtt(File.ReadAllText(f)))).ToList();
        var model = new PunctuationTrainer(options, Console.Out).Train(transcripts);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var stream = File.Create(output))
        {
            model.Write(stream);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        return 0;
    }
}
