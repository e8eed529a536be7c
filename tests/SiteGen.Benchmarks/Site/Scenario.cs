namespace SiteGen.Benchmarks.Site;

/// <summary>One scenario's runs against its target (none for a scenario the issue sets none for); the median run stands for the scenario.</summary>
internal sealed record Scenario(string Name, TimeSpan? Target, IReadOnlyList<BuildRun> Runs)
{
    public BuildRun Median => Runs.OrderBy(r => r.Elapsed).ElementAt((Runs.Count - 1) / 2);

    public TimeSpan Min => Runs.Min(r => r.Elapsed);

    public TimeSpan Max => Runs.Max(r => r.Elapsed);

    public long PeakWorkingSet => Runs.Max(r => r.PeakWorkingSet);
}
