using System.Collections.Immutable;
using SiteGen.Text.Analysis;

namespace SiteGen.Text.Chapters;

/// <summary>Splits an analysed episode into the opening and topical chapters and titles them.</summary>
internal static class ChapterPlanner
{
    public static ChapterPlan Plan(AnalyzedEpisode episode, EpisodeContext context, SegmentationSettings settings)
    {
        var count = episode.Paragraphs.Length;
        var ranges = new List<(int First, int End)>();
        if (count == 0)
        {
            return new ChapterPlan(ranges, [], [], 0);
        }

        var intro = IntroDetector.IntroLength(episode, context);
        if (intro > 0)
        {
            ranges.Add((0, intro));
        }

        var start = intro;
        foreach (var boundary in BoundaryFinder.Find(episode, intro, count, context, settings))
        {
            ranges.Add((start, boundary));
            start = boundary;
        }

        ranges.Add((start, count));
        var (titles, inline) = ChapterTitler.Title(episode, ranges, intro > 0, context);
        return new ChapterPlan(ranges, titles, inline, intro);
    }

    /// <summary>
    /// The plan that <paramref name="chapters"/> were built from, so later steps need not segment and title again;
    /// null when the chapters do not cover exactly these paragraphs as <see cref="Plan"/> would have.
    /// </summary>
    public static ChapterPlan? Restore(AnalyzedEpisode episode, ImmutableArray<Chapter> chapters, EpisodeContext context)
    {
        var count = episode.Paragraphs.Length;
        if (chapters.IsDefaultOrEmpty || count == 0)
        {
            return null;
        }

        var ranges = new List<(int First, int End)>(chapters.Length);
        var next = 0;
        foreach (var chapter in chapters)
        {
            if (chapter.FirstParagraph != next || chapter.ParagraphCount <= 0)
            {
                return null;
            }

            next += chapter.ParagraphCount;
            ranges.Add((chapter.FirstParagraph, next));
        }

        var intro = IntroDetector.IntroLength(episode, context);
        if (next != count || (intro > 0 && (ranges[0].End != intro || chapters[0].Title != ChapterTitler.IntroductionTitle)))
        {
            return null;
        }

        var titles = new string[chapters.Length];
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < chapters.Length; c++)
        {
            titles[c] = chapters[c].Title;
            if (!(c == 0 && intro > 0) && !ChapterTitler.IsFallback(titles[c]))
            {
                firstWords.Add(ChapterTitler.FirstWordLower(titles[c]));
            }
        }

        var proper = WordProfile.ProperAmong(episode, firstWords);
        // A title only differs from its inline form by the capital forced on a first word that is not a name.
        var inline = new string[chapters.Length];
        for (var c = 0; c < chapters.Length; c++)
        {
            var title = titles[c];
            if (c == 0 && intro > 0)
            {
                inline[c] = ChapterTitler.IntroductionInline;
                continue;
            }

            var first = ChapterTitler.IsFallback(title) ? null : ChapterTitler.FirstWordLower(title);
            inline[c] = first is null || proper.Contains(first) || StartsWithName(title) ? title : first + title[first.Length..];
        }

        return new ChapterPlan(ranges, titles, inline, intro);
    }

    // Titles capitalise only their first word and names, so a capital second word makes the first part of a name ("World War").
    private static bool StartsWithName(string title)
    {
        var space = title.IndexOf(' ');
        return space > 0 && space + 1 < title.Length && char.IsUpper(title[space + 1]);
    }
}
