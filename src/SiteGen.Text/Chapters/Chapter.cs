namespace SiteGen.Text.Chapters;

/// <summary>A topical section of an episode: paragraphs [FirstParagraph, FirstParagraph + ParagraphCount).</summary>
public sealed record Chapter(string Title, int FirstParagraph, int ParagraphCount, TimeSpan? Start, string Summary);
