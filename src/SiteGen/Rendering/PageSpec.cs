using System.Collections.Immutable;

namespace SiteGen.Rendering;

/// <summary>One page to render: its template, where it goes, its head data and the template's own values.</summary>
internal sealed record PageSpec(
    string Template,
    string Destination,
    string Title,
    string? Description,
    ImmutableDictionary<string, object?> Values)
{
    public string OgType { get; init; } = "website";

    public string? JsonLd { get; init; }

    /// <summary>Whether Pagefind indexes the page.</summary>
    public bool Searchable { get; init; }

    /// <summary>The page's pretty URL relative to the root ("guests/x/"), for canonical links.</summary>
    public string PrettyPath => Destination.EndsWith("index.html", StringComparison.Ordinal) ? Destination[..^"index.html".Length] : Destination;
}
