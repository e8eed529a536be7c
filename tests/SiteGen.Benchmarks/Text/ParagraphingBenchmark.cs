using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SiteGen.Text.Prose;

namespace SiteGen.Benchmarks.Text;

/// <summary>Grouping an episode's restored sentences into paragraphs.</summary>
[MemoryDiagnoser]
public class ParagraphingBenchmark
{
    private ImmutableArray<Sentence> sentences = [];

    [GlobalSetup]
    public void Setup() => sentences = EpisodeText.Load().Sentences;

    [Benchmark]
    public int Group() => Paragrapher.Group(sentences).Length;
}
