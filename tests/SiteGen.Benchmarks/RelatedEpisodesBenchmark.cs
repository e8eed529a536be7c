using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using SiteGen.Text.Similarity;

namespace SiteGen.Benchmarks;

/// <summary>
/// Building the related-episodes index and computing every episode's links, on a synthetic site: each episode draws
/// Zipf-distributed words from a shared vocabulary plus a few topic clusters, as real episodes do.
/// </summary>
[MemoryDiagnoser]
public class RelatedEpisodesBenchmark
{
    private RelatedEpisodeInput[] episodes = [];
    private RelatedEpisodesIndex index = null!;

    [Params(1_000, 10_000)]
    public int Episodes { get; set; }

    [Params(3_000)]
    public int WordsPerEpisode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] vocabulary = [.. Enumerable.Range(0, 50_000).Select(Word)];
        double[] zipf = Cumulative(vocabulary.Length);
        episodes = new RelatedEpisodeInput[Episodes];
        var text = new StringBuilder();
        for (int e = 0; e < Episodes; e++)
        {
            text.Clear();
            int[] topics = [random.Next(500), random.Next(500), random.Next(500)];
            for (int w = 0; w < WordsPerEpisode; w++)
            {
                // One word in five comes from the episode's topics, a block of 60 rarer words each.
                int id = random.Next(5) == 0
                    ? 10_000 + (topics[random.Next(topics.Length)] * 60) + random.Next(60)
                    : ZipfDraw(zipf, random.NextDouble());
                text.Append(vocabulary[Math.Min(id, vocabulary.Length - 1)]).Append(' ');
            }

            ImmutableArray<string> guests = [$"Guest {random.Next(Episodes / 2)}"];
            episodes[e] = new RelatedEpisodeInput($"ep{e:D5}", text.ToString(), [], guests);
        }

        index = RelatedEpisodesIndex.Build(episodes);
    }

    [Benchmark]
    public RelatedEpisodesIndex Build() => RelatedEpisodesIndex.Build(episodes);

    [Benchmark]
    public int ComputeAll() => index.ComputeAll().Count;

    private static int ZipfDraw(double[] cumulative, double u)
    {
        int i = Array.BinarySearch(cumulative, u);
        return i < 0 ? ~i : i;
    }

    private static string Word(int id)
    {
        var word = new StringBuilder("w");
        do
        {
            word.Append((char)('a' + (id % 26)));
            id /= 26;
        }
        while (id > 0);

        return word.ToString();
    }

    private static double[] Cumulative(int size)
    {
        var cumulative = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++)
        {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        for (int i = 0; i < size; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }
}
