using System.Collections.Immutable;
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
}
