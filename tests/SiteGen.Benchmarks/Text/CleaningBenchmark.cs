using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SiteGen.Text.Cleaning;
using SiteGen.Text.Prose;
using SiteGen.Text.Transcripts;

namespace SiteGen.Benchmarks.Text;

/// <summary>Segments to words, and words to clean words (fillers, tags, stutters, "i"), as the CleanTranscript module does.</summary>
[MemoryDiagnoser]
public class CleaningBenchmark
{
    private ImmutableArray<TranscriptSegment> segments = [];
    private ImmutableArray<TimedWord> words = [];

    [GlobalSetup]
    public void Setup()
    {
        var episode = EpisodeText.Load();
        segments = episode.Transcript.Segments;
        words = episode.Stream;
    }

    [Benchmark]
    public int WordStreamFromSegments() => WordStream.FromSegments(segments).Length;

    [Benchmark]
    public int Clean() => TranscriptCleaner.Clean(words).Length;

    [Benchmark]
    public int StreamAndClean() => TranscriptCleaner.Clean(WordStream.FromSegments(segments)).Length;
}
