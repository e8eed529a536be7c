using System.Collections.Immutable;

namespace SiteGen.Building;

internal sealed record BuildSummary(int Episodes, int Pages, int Files, TimeSpan Elapsed, ImmutableArray<string> Skipped, bool SearchIndexed);
