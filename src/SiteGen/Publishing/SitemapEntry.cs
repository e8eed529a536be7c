namespace SiteGen.Publishing;

/// <summary>One page in sitemap.xml: its absolute URL and, when known, when it last changed.</summary>
internal sealed record SitemapEntry(string Location, DateOnly? LastModified = null);
