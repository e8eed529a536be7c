namespace SiteGen.Rendering;

/// <summary>What every template sees as <c>site</c>.</summary>
internal sealed record SiteView(
    string Title,
    string? Description,
    string? DescriptionHtml,
    string Language,
    string? Author,
    string? BaseUrl,
    string? FeedUrl);
