namespace SiteGen.Rendering;

/// <summary>A titled link, relative to the site root.</summary>
internal sealed record LinkView(string Title, string Url);
