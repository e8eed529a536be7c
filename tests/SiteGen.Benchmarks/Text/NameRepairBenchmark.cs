using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SiteGen.Benchmarks.Site;
using SiteGen.Modules;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Punctuation;
using SiteGen.Text.Transcripts;

namespace SiteGen.Benchmarks.Text;

/// <summary>
/// Name repair of one long episode against a site-wide gazetteer built as the site builds it, from every guest
/// of the 252 raw corpus episodes (the dominant stage of a cold build at the time of writing): on its Whisper sentences,
/// and on its raw captions restored by the punctuation model, as the site repairs a caption episode.
/// </summary>
[MemoryDiagnoser]
public class NameRepairBenchmark
{
    private ImmutableArray<Sentence> sentences = [];
    private ImmutableArray<Sentence> restored = [];
    private Gazetteer gazetteer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var episode = EpisodeText.Load();
        sentences = episode.Sentences;
        restored = PunctuationRestorer.Default.Restore(episode.Words);
        var site = EpisodeCatalog.Load(SharedCorpus.Find(), null)
            .Select(e => new TranscriptMetadata { Title = e.Title, Guests = e.Guests });
        gazetteer = SiteGazetteer.Build(new SiteSettings { PodcastName = episode.Context.PodcastName }, [], site)
            .ForEpisode(episode.Context.Guests);
    }

    [Benchmark]
    public NameRepairer BuildRepairer() => new(gazetteer);

    [Benchmark]
    public int Repair() => new NameRepairer(gazetteer).Repair(sentences).Replacements.Length;

    [Benchmark]
    public int RepairRestored() => new NameRepairer(gazetteer).Repair(restored).Replacements.Length;
}
