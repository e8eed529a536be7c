namespace SiteGen.Text.Chapters;

/// <summary>Chapter ranges of an analysed episode, with titles; the opening, when found, is the first range.</summary>
internal sealed record ChapterPlan(IReadOnlyList<(int First, int End)> Ranges, string[] Titles, string[] InlineTitles, int IntroParagraphs);
