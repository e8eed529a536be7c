using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Rendering;

namespace SiteGen.Pipelines;

/// <summary>The 404 page; it lives at the root, so its links work from any missing path on a host that serves it.</summary>
internal static class NotFound
{
    public const string Name = nameof(NotFound);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Assets.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            new RenderPages("Render404", site, (_, _) => new PageSpec("404", "404.html", "Page not found", null, ImmutableDictionary<string, object?>.Empty)),
            site.Writer(),
        ],
    };
}
