using SiteGen.Building;
using SiteGen.Core.Pipelines;

namespace SiteGen.Benchmarks.Site;

/// <summary>The figures of one measured build.</summary>
/// <param name="Cpu">Processor time of the whole process during the build: less sensitive to other load than wall time.</param>
/// <param name="Phases">Wall time of each engine phase; the rest of <see cref="BuildSummary.Elapsed"/> is spent outside the engine.</param>
internal sealed record BuildRun(
    BuildSummary Summary,
    TimeSpan Cpu,
    long PeakWorkingSet,
    long PeakManagedHeap,
    long Allocated,
    int Gen0,
    int Gen1,
    int Gen2,
    TimeSpan GcPause,
    IReadOnlyDictionary<Phase, TimeSpan> Phases,
    IReadOnlyList<string> Warnings)
{
    public TimeSpan Elapsed => Summary.Elapsed;

    public TimeSpan OutsideEngine => Elapsed - Phases.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
