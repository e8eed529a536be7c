using BenchmarkDotNet.Attributes;
using SiteGen.Text.Transcripts;

namespace SiteGen.Benchmarks.Text;

/// <summary>Reading a long caption dump (one real episode, twice over, wrapped into short lines) into segments.</summary>
[MemoryDiagnoser]
public class ReadingBenchmark
{
    private string dump = "";

    [GlobalSetup]
    public void Setup() => dump = EpisodeText.Load(repeat: 2).Dump;

    [Benchmark]
    public int ReadCaptionDump() => TranscriptReader.Read(EpisodeText.FileName, dump).Segments.Length;
}
