namespace SiteGen.Rendering;

/// <summary>An entry of a list page: a title, its site-relative URL and a short note.</summary>
internal sealed record LinkItem(string Title, string Url, string? Note);
