using System.Collections.Immutable;

namespace SiteGen.Rendering;

internal static class Navigation
{
    public static readonly ImmutableArray<LinkView> Links =
    [
        new("Episodes", "index.html"),
        new("Guests", "guests/index.html"),
        new("Topics", "entities/index.html"),
    ];
}
