using System.Collections.Immutable;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Summary;

/// <summary>Entry point for episode summaries.</summary>
public static class Summarizer
{
    public static ISummaryGenerator Default { get; } = new ExtractiveSummaryGenerator();

    public static EpisodeSummary Summarize(
        ImmutableArray<Paragraph> paragraphs, EpisodeContext context, ISummaryGenerator? generator = null) =>
        (generator ?? Default).Summarize(paragraphs, context);

    /// <summary>As the other overload, reusing <paramref name="chapters"/> from <see cref="ChapterSegmenter.Segment(ImmutableArray{Paragraph}, EpisodeContext)"/> of the same paragraphs.</summary>
    public static EpisodeSummary Summarize(
        ImmutableArray<Paragraph> paragraphs, ImmutableArray<Chapter> chapters, EpisodeContext context, ISummaryGenerator? generator = null) =>
        (generator ?? Default).Summarize(paragraphs, chapters, context);

    /// <summary>
    /// Chapters (as <see cref="ChapterSegmenter.Segment(ImmutableArray{Paragraph}, EpisodeContext)"/>) and summary (as
    /// <see cref="Summarize(ImmutableArray{Paragraph}, ImmutableArray{Chapter}, EpisodeContext, ISummaryGenerator?)"/>)
    /// in one go: the offline generator reuses the analysis and the chapter plan instead of redoing them.
    /// </summary>
    public static EpisodeOutline Outline(
        ImmutableArray<Paragraph> paragraphs, EpisodeContext context, ISummaryGenerator? generator = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var episode = AnalyzedEpisode.Analyze(paragraphs);
        var plan = ChapterPlanner.Plan(episode, context, SegmentationSettings.Default);
        var chapters = ChapterSegmenter.Build(episode, plan, context);
        var summary = (generator ?? Default) is ExtractiveSummaryGenerator extractive
            ? extractive.Summarize(episode, plan, context)
            : generator!.Summarize(paragraphs, chapters, context);
        return new EpisodeOutline(chapters, summary);
    }
}
