namespace SiteGen.Rendering;

internal sealed record FilterOption(string Name, string Slug);
