using SiteGen.Building;
using SiteGen.Core.Pipelines;

namespace SiteGen.Pipelines;

/// <summary>Every pipeline of the site, in registration order (the engine orders them by dependencies).</summary>
internal static class SitePipelines
{
    public static IEnumerable<Pipeline> Create(SiteContext site) =>
    [
        Assets.Create(site),
        Episodes.Create(site),
        Home.Create(site),
        Guests.Create(site),
        Entities.Create(site),
        Downloads.Create(site),
        Feeds.Create(site),
        BuildReport.Create(site),
        NotFound.Create(site),
    ];
}
