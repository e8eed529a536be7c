namespace SiteGen.Rendering;

internal sealed record ParagraphView(string Id, string? Time, double? Seconds, string? SeekUrl, string? Speaker, string Html);
