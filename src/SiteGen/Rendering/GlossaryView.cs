namespace SiteGen.Rendering;

internal sealed record GlossaryView(string Name, string Anchor, string Kind, string? Description, string? Link, string? Url);
