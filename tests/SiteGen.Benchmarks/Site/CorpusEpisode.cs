using System.Collections.Immutable;

namespace SiteGen.Benchmarks.Site;

/// <summary>One episode of the benchmark site: its metadata and where its raw caption text comes from.</summary>
/// <param name="Name">The file name without extension in the input folder.</param>
/// <param name="Shuffle">Zero for a real episode; else the seed that shuffles the sentences of a synthetic copy.</param>
internal sealed record CorpusEpisode(
    string Name,
    int Number,
    string Title,
    string VideoId,
    DateOnly Date,
    ImmutableArray<string> Guests,
    string RawPath,
    int Shuffle = 0);
