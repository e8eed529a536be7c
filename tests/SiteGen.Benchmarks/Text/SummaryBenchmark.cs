using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Benchmarks.Text;

/// <summary>The extractive summary and description of one long episode, from its paragraphs.</summary>
[MemoryDiagnoser]
public class SummaryBenchmark
{
    private ImmutableArray<Paragraph> paragraphs = [];
    private EpisodeContext context = EpisodeContext.Empty;
    private ImmutableArray<Chapter> chapters = [];

    [GlobalSetup]
    public void Setup()
    {
        var episode = EpisodeText.Load();
        paragraphs = episode.Paragraphs;
        context = episode.Context;
        chapters = ChapterSegmenter.Segment(paragraphs, context);
    }

    [Benchmark]
    public EpisodeSummary Summarize() => Summarizer.Summarize(paragraphs, context);

    /// <summary>The summary given the chapters the segmenter already made.</summary>
    [Benchmark]
    public EpisodeSummary SummarizeFromChapters() => Summarizer.Summarize(paragraphs, chapters, context);

    /// <summary>Chapters and summary from one analysis, as the site makes them.</summary>
    [Benchmark]
    public EpisodeOutline Outline() => Summarizer.Outline(paragraphs, context);
}
