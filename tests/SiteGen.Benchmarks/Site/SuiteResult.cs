namespace SiteGen.Benchmarks.Site;

/// <summary>Every scenario at one site size.</summary>
/// <param name="TargetsApply">The targets are for the whole shared corpus; smaller or larger sites are only compared.</param>
/// <param name="ThemeCopyBuild">The unmeasured-against-target build right after the theme was copied (no content change).</param>
internal sealed record SuiteResult(
    int Episodes,
    int RealEpisodes,
    bool TargetsApply,
    long InputWords,
    long InputBytes,
    IReadOnlyList<Scenario> Scenarios,
    BuildRun ThemeCopyBuild,
    long ProcessPeakWorkingSet);
