namespace SiteGen.Publishing;

/// <summary>An Apple Podcasts category, optionally with one of its subcategories ("Technology", "Science/Physics").</summary>
internal sealed record FeedCategory(string Name, string? Subcategory = null);
