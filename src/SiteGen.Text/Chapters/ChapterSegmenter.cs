using System.Collections.Immutable;
using SiteGen.Text.Analysis;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Text.Chapters;

/// <summary>Divides an episode into an opening and topical chapters, each with a short title and a one-line summary.</summary>
public static class ChapterSegmenter
{
    public static ImmutableArray<Chapter> Segment(ImmutableArray<Paragraph> paragraphs, EpisodeContext context) =>
        Segment(paragraphs, context, SegmentationSettings.Default);

    internal static ImmutableArray<Chapter> Segment(
        ImmutableArray<Paragraph> paragraphs, EpisodeContext context, SegmentationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        var episode = AnalyzedEpisode.Analyze(paragraphs);
        var plan = ChapterPlanner.Plan(episode, context, settings);
        return Build(episode, plan, context);
    }

    internal static ImmutableArray<Chapter> Build(AnalyzedEpisode episode, ChapterPlan plan, EpisodeContext context)
    {
        if (plan.Ranges.Count == 0)
        {
            return [];
        }

        var idf = episode.BlockIdf(0, episode.Paragraphs.Length, SegmentationSettings.Default.BlockMinutes);
        var weight = SentenceWeights.Compute(episode, plan, context);
        var chapters = ImmutableArray.CreateBuilder<Chapter>(plan.Ranges.Count);
        for (var c = 0; c < plan.Ranges.Count; c++)
        {
            var (first, end) = plan.Ranges[c];
            var best = CentralSentences.MostCentral(episode, episode.ParagraphFirstSentence[first], episode.ParagraphFirstSentence[end], idf, weight);
            var central = best >= 0 ? episode.TextOf(episode.Sentences[best]) : null;
            string? summary = null;
            if (c == 0 && plan.IntroParagraphs > 0)
            {
                var guests = context.Guests.IsDefault ? [] : context.Guests;
                var introduction = GuestIntroduction.Find(episode, plan.IntroParagraphs, guests);
                if (introduction.Count > 0)
                {
                    summary = introduction[0];
                }
                else if (guests.Length > 0 && (central is null || !ExtractiveSummaryGenerator.NamesAGuest([central], guests)))
                {
                    // The opening's most central sentence may be an ad read; unless it names the guest, who and what the
                    // episode is about says more.
                    var topics = ExtractiveSummaryGenerator.MainTopics(plan, ExtractiveSummaryGenerator.TopicsInDescription);
                    summary = topics.Count > 0 ? DescriptionWriter.Write([], false, guests, topics) : null;
                }
            }

            summary ??= central ?? DescriptionWriter.Fit(FirstText(episode, first, end), DescriptionWriter.MaxLength);
            chapters.Add(new Chapter(plan.Titles[c], first, end - first, episode.Paragraphs[first].Start, summary.Trim()));
        }

        return chapters.MoveToImmutable();
    }

    private static string FirstText(AnalyzedEpisode episode, int first, int end)
    {
        for (var p = first; p < end; p++)
        {
            var text = episode.Paragraphs[p].Text;
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return string.Empty;
    }
}
