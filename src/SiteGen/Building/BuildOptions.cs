namespace SiteGen.Building;

internal sealed record BuildOptions(string Input, string Output, string Theme)
{
    /// <summary>Build every good input and report the bad ones (still failing the build) instead of stopping at the first.</summary>
    public bool KeepGoing { get; init; }

    public bool Search { get; init; } = true;

    /// <summary>The persistent cache folder; null turns caching off.</summary>
    public string? CacheDirectory { get; init; }
}
