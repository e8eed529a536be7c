namespace SiteGen.Rendering;

internal sealed record RelatedView(string Title, string Url, string? Reason);
