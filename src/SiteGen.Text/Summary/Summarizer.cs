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
}
