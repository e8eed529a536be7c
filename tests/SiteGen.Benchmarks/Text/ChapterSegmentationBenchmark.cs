using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Benchmarks.Text;

/// <summary>Chapters with titles for one long episode, from its paragraphs.</summary>
[MemoryDiagnoser]
public class ChapterSegmentationBenchmark
{
    private ImmutableArray<Paragraph> paragraphs = [];
    private EpisodeContext context = EpisodeContext.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var episode = EpisodeText.Load();
        paragraphs = episode.Paragraphs;
        context = episode.Context;
    }

    [Benchmark]
    public int Segment() => ChapterSegmenter.Segment(paragraphs, context).Length;
}
