using System.Collections.Immutable;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Summary;

/// <summary>
/// Offline summary from the transcript alone: the host's introduction of the guest when present, then central,
/// non-redundant standalone sentences from different chapters.
/// </summary>
public sealed class ExtractiveSummaryGenerator : ISummaryGenerator
{
    private const int TargetSentences = 4;
    private const int MaxIntroductionSentences = 2;
    internal const int TopicsInDescription = 3;
    private const int TopicsInSummary = 4;

    // Sentences quoted from the conversation after the introduction and the themes.
    private const int QuotedAfterThemes = 2;

    public EpisodeSummary Summarize(ImmutableArray<Paragraph> paragraphs, EpisodeContext context) =>
        Summarize(paragraphs, [], context);

    public EpisodeSummary Summarize(ImmutableArray<Paragraph> paragraphs, ImmutableArray<Chapter> chapters, EpisodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var episode = AnalyzedEpisode.Analyze(paragraphs);
        if (episode.Sentences.Length == 0)
        {
            return new EpisodeSummary([], string.Empty);
        }

        var plan = ChapterPlanner.Restore(episode, chapters, context)
            ?? ChapterPlanner.Plan(episode, context, SegmentationSettings.Default);
        return Summarize(episode, plan, context);
    }

    /// <summary>The summary of an analysed episode given its chapter plan.</summary>
    internal EpisodeSummary Summarize(AnalyzedEpisode episode, ChapterPlan plan, EpisodeContext context)
    {
        if (episode.Sentences.Length == 0)
        {
            return new EpisodeSummary([], string.Empty);
        }

        var guests = context.Guests.IsDefault ? ImmutableArray<string>.Empty : context.Guests;
        var introduction = GuestIntroduction.Find(episode, plan.IntroParagraphs, guests);
        if (introduction.Count > MaxIntroductionSentences)
        {
            introduction.RemoveRange(MaxIntroductionSentences, introduction.Count - MaxIntroductionSentences);
        }

        var groupOfSentence = new int[episode.Sentences.Length];
        for (var c = 0; c < plan.Ranges.Count; c++)
        {
            var (first, end) = plan.Ranges[c];
            for (var s = episode.ParagraphFirstSentence[first]; s < episode.ParagraphFirstSentence[end]; s++)
            {
                groupOfSentence[s] = c;
            }
        }

        var weight = SentenceWeights.Compute(episode, plan, context);

        var topics = MainTopics(plan, TopicsInDescription);
        var themes = introduction.Count > 0 ? MainTopics(plan, TopicsInSummary) : new List<string>();
        var bodyFirst = episode.ParagraphFirstSentence[plan.IntroParagraphs];
        var idf = episode.BlockIdf(0, episode.Paragraphs.Length, SegmentationSettings.Default.BlockMinutes);
        var extracted = themes.Count > 1 ? QuotedAfterThemes : TargetSentences - introduction.Count;
        var picked = CentralSentences.Select(
            episode, bodyFirst, episode.Sentences.Length, idf, groupOfSentence, weight, extracted);
        var sentences = ImmutableArray.CreateBuilder<string>();
        sentences.AddRange(introduction);

        // The host's introduction says who the guest is, rarely what the talk goes on to cover; the chapters do.
        if (themes.Count > 1)
        {
            sentences.Add("The conversation covers " + DescriptionWriter.JoinList(themes) + ".");
        }

        foreach (var s in picked)
        {
            sentences.Add(episode.TextOf(episode.Sentences[s]).Trim());
        }

        // Without the host's introduction, and with no chosen sentence naming the guest, nothing says who the guest
        // is and what the talk covers; the sentence made from the guest list and the chapter topics does.
        if (introduction.Count == 0 && topics.Count > 0 && !NamesAGuest(sentences, guests))
        {
            var lead = DescriptionWriter.Write([], false, guests, topics);
            sentences.Insert(0, lead);
            return new EpisodeSummary(sentences.ToImmutable(), lead);
        }

        var description = DescriptionWriter.Write(sentences, introduction.Count > 0, guests, topics);
        return new EpisodeSummary(sentences.ToImmutable(), description);
    }

    internal static bool NamesAGuest(IEnumerable<string> sentences, ImmutableArray<string> guests)
    {
        foreach (var sentence in sentences)
        {
            foreach (var guest in guests)
            {
                var surname = guest.AsSpan(guest.LastIndexOf(' ') + 1);
                if (surname.Length > 0 && sentence.AsSpan().Contains(surname, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> TitleWords(string title)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is not "and")
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static bool IsPair(string title) => title.Contains(" and ", StringComparison.Ordinal);

    // The longest chapters, those with a single title first, name in episode order what the conversation is mostly about.
    internal static List<string> MainTopics(ChapterPlan plan, int count)
    {
        var first = plan.IntroParagraphs > 0 ? 1 : 0;
        var order = new List<int>();
        for (var c = first; c < plan.Ranges.Count; c++)
        {
            if (!ChapterTitler.IsFallback(plan.Titles[c]))
            {
                order.Add(c);
            }
        }

        // Paired titles ("Sport and pancakes") run together in a list of topics, so single topics come first.
        order.Sort((a, b) =>
        {
            var pa = IsPair(plan.InlineTitles[a]);
            var pb = IsPair(plan.InlineTitles[b]);
            if (pa != pb)
            {
                return pa ? 1 : -1;
            }

            var la = plan.Ranges[a].End - plan.Ranges[a].First;
            var lb = plan.Ranges[b].End - plan.Ranges[b].First;
            return la != lb ? lb.CompareTo(la) : a.CompareTo(b);
        });
        // "Life" after "intelligent life", or "Spotify and podcasting" after "Spotify", names no new theme.
        var kept = new List<int>(count);
        var keptWords = new List<HashSet<string>>(count);
        foreach (var c in order)
        {
            if (kept.Count == count)
            {
                break;
            }

            var words = TitleWords(plan.InlineTitles[c]);
            if (!keptWords.Exists(w => w.IsSubsetOf(words) || w.IsSupersetOf(words)))
            {
                kept.Add(c);
                keptWords.Add(words);
            }
        }

        order = kept;
        order.Sort();
        var topics = new List<string>(order.Count);
        foreach (var c in order)
        {
            topics.Add(plan.InlineTitles[c]);
        }

        return topics;
    }
}
