using System.Collections.Immutable;

namespace SiteGen.Rendering;

internal sealed record ChapterView(string Title, string Anchor, string? Time, double? Seconds, string? SeekUrl, string? Summary, ImmutableArray<ParagraphView> Paragraphs);
