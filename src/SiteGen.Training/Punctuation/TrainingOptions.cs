using System.Globalization;

namespace SiteGen.Training.Punctuation;

/// <summary>Options of train-punctuation; defaults reproduce the committed model.</summary>
internal sealed record TrainingOptions
{
    public string? Corpus { get; init; }

    public string? Output { get; init; }

    public int Pass1Bits { get; init; } = 19;

    public int Pass2Bits { get; init; } = 18;

    public int Hidden { get; init; } = 32;

    public float Rate { get; init; } = 0.05f;

    public int Epochs { get; init; } = 1;

    public int FoldEpochs { get; init; } = 1;

    public int Seed { get; init; } = 42;

    public int Threads { get; init; } = 2;

    public int MaxEpisodes { get; init; } = int.MaxValue;

    public static TrainingOptions Parse(string[] args)
    {
        var o = new TrainingOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            o = args[i] switch
            {
                "--corpus" => o with { Corpus = v },
                "--out" => o with { Output = v },
                "--bits1" => o with { Pass1Bits = Int(v) },
                "--bits2" => o with { Pass2Bits = Int(v) },
                "--hidden" => o with { Hidden = Int(v) },
                "--rate" => o with { Rate = float.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) },
                "--epochs" => o with { Epochs = Int(v) },
                "--fold-epochs" => o with { FoldEpochs = Int(v) },
                "--seed" => o with { Seed = Int(v) },
                "--threads" => o with { Threads = Int(v) },
                "--max-episodes" => o with { MaxEpisodes = Int(v) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return o;
    }

    private static int Int(string v) => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
