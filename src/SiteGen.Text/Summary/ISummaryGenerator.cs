using System.Collections.Immutable;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Summary;

/// <summary>Writes an episode summary; the offline extractive generator is the default, a model-based one can replace it.</summary>
public interface ISummaryGenerator
{
    EpisodeSummary Summarize(ImmutableArray<Paragraph> paragraphs, EpisodeContext context);

    /// <summary>The summary given the chapters <see cref="ChapterSegmenter"/> already made of the same paragraphs.</summary>
    EpisodeSummary Summarize(ImmutableArray<Paragraph> paragraphs, ImmutableArray<Chapter> chapters, EpisodeContext context) =>
        Summarize(paragraphs, context);
}
