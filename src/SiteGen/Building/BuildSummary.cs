using System.Collections.Immutable;
using SiteGen.Core.Pipelines;

namespace SiteGen.Building;

/// <param name="Timings">Per pipeline, phase and module, from the engine.</param>
/// <param name="CacheHits">Per-episode results taken from the cache instead of recomputed.</param>
/// <param name="NewFiles">Files written anew rather than kept from the previous output; null without a cache.</param>
/// <param name="MadeFiles">Files whose content was made (rendered) rather than known unchanged by its key; empty without a cache.</param>
internal sealed record BuildSummary(
    int Episodes,
    int Pages,
    int Files,
    TimeSpan Elapsed,
    ImmutableArray<string> Skipped,
    bool SearchIndexed,
    ImmutableArray<Timing> Timings,
    long CacheHits,
    long CacheMisses,
    int? NewFiles = null,
    ImmutableArray<string> MadeFiles = default);
