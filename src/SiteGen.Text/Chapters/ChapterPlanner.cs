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
}
