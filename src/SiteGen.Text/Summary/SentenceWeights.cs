using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;

namespace SiteGen.Text.Summary;

/// <summary>
/// Prior weight of each sentence for summaries: a sentence that names its chapter's topic says what the conversation
/// covers; the guest's words say more about the episode than the host's questions and musings; "I"/"you" asides and
/// verbless fragments read worse out of context.
/// </summary>
internal static class SentenceWeights
{
    public static double[] Compute(AnalyzedEpisode episode, ChapterPlan plan, EpisodeContext context)
    {
        var weight = new double[episode.Sentences.Length];
        var titleTerms = new List<int>();
        for (var c = 0; c < plan.Ranges.Count; c++)
        {
            var (first, end) = plan.Ranges[c];
            titleTerms.Clear();
            episode.Analyzer.AddTerms(plan.InlineTitles[c], titleTerms);
            for (var s = episode.ParagraphFirstSentence[first]; s < episode.ParagraphFirstSentence[end]; s++)
            {
                weight[s] = Weight(episode, s, titleTerms, context);
            }
        }

        return weight;
    }

    private static double Weight(AnalyzedEpisode episode, int sentence, List<int> titleTerms, EpisodeContext context)
    {
        var weight = 1.0;
        foreach (var term in episode.TermsOf(episode.Sentences[sentence]))
        {
            if (titleTerms.Contains(term))
            {
                weight = 2.0;
                break;
            }
        }

        var text = episode.TextOf(episode.Sentences[sentence]);
        if (SentenceSuitability.IsPersonal(text))
        {
            weight *= 0.5;
        }

        if (!SentenceSuitability.HasFiniteVerb(text))
        {
            weight *= 0.5;
        }

        var speaker = episode.Paragraphs[episode.Sentences[sentence].Paragraph].Speaker;
        if (speaker is not null && !context.Hosts.IsDefaultOrEmpty && context.Hosts.Contains(speaker, StringComparer.OrdinalIgnoreCase))
        {
            weight *= 0.6;
        }

        return weight;
    }
}
