namespace SiteGen.Rendering;

/// <summary>What every template sees as <c>page</c>. <see cref="Root"/> is the relative way back to the site root ("", "../").</summary>
internal sealed record PageView(
    string Title,
    string? Description,
    string? Canonical,
    string Root,
    string OgType,
    string? Image,
    string? JsonLd,
    bool Searchable)
{
    /// <summary>The relative prefix from a page at <paramref name="destination"/> back to the root.</summary>
    public static string RootOf(string destination)
    {
        var depth = destination.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
