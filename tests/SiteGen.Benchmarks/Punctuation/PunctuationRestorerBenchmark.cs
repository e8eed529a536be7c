using BenchmarkDotNet.Attributes;
using SiteGen.Text.Punctuation;

namespace SiteGen.Benchmarks.Punctuation;

/// <summary>
/// Restoration throughput: divide Words by the mean time for words per second. Uses a raw DEV caption from
/// ../shared when present (real vocabulary), else a fixed pseudo-random stream of common words.
/// </summary>
[MemoryDiagnoser]
public class PunctuationRestorerBenchmark
{
    private const int Words = 20_000;

    private string[] words = [];
    private PunctuationMark[] marks = [];
    private string[] cased = [];

    [GlobalSetup]
    public void Setup()
    {
        words = SharedRawWords() ?? Synthetic();
        marks = new PunctuationMark[words.Length];
        cased = new string[words.Length];
        PunctuationRestorer.Default.Predict(words, marks, cased);
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public void PredictPerWord() => PunctuationRestorer.Default.Predict(words, marks, cased);

    private static string[]? SharedRawWords()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                var raw = Path.Combine(dir.FullName, "..", "shared", "corpus", "raw", "080.txt");
                if (!File.Exists(raw))
                {
                    return null;
                }

                var tokens = File.ReadAllText(raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return Enumerable.Range(0, Words).Select(i => tokens[i % tokens.Length].ToLowerInvariant()).ToArray();
            }
        }

        return null;
    }

    private static string[] Synthetic()
    {
        string[] vocabulary =
        [
            "the", "i", "think", "that", "you", "know", "is", "a", "of", "and", "so", "what", "do", "it's", "about",
            "learning", "people", "really", "but", "there", "was", "we", "like", "to", "in", "this", "question", "how",
            "intelligence", "machine", "because", "just", "can", "be", "world", "have", "an", "interesting", "idea",
        ];
        var random = new Random(7);
        var words = new string[Words];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = vocabulary[random.Next(vocabulary.Length)];
        }

        return words;
    }
}
