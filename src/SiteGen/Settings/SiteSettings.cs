using System.Collections.Immutable;

namespace SiteGen.Settings;

/// <summary>Site-wide settings from <c>input/site.yml</c>; every key is optional.</summary>
internal sealed record SiteSettings
{
    public string Title { get; init; } = "Podcast";
    public string? Description { get; init; }
    public string? BaseUrl { get; init; }
    public string? PodcastName { get; init; }
    public ImmutableArray<string> Hosts { get; init; } = [];
    public string Language { get; init; } = "en";
    public string? Author { get; init; }
    public string? Email { get; init; }
    public string? Artwork { get; init; }
    public string? Category { get; init; }
    public bool Explicit { get; init; }

    /// <summary>The base URL with exactly one trailing slash, or null when the site has none.</summary>
    public string? NormalizedBaseUrl =>
        string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.TrimEnd('/') + "/";
}
