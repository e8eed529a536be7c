using SiteGen.Text.Chapters;
using SiteGen.Text.Summary;
using SiteGen.Text.Tests.Chapters;

namespace SiteGen.Text.Tests.Summary;

public sealed class SummarizerTests
{
    [Theory]
    [InlineData("three-topics.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("three-topics.txt", false, "Ada Stone is a beekeeper and sailor")]
    [InlineData("my-guest.txt", true, "Lee Park is a baker and bicycle mechanic")]
    [InlineData("second-time.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("part-two.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("initialism.txt", true, "Ada Stone is a beekeeper and former U.S. Navy sailor")]
    [InlineData("sit-down.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("who-is.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("she-is.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("misheard-surname.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("no-comma.txt", true, "Ada Stone is beekeeper and sailor from the coast of Maine")]
    [InlineData("no-comma-verb.txt", true, "Ada Stone is a beekeeper and sailor")]
    [InlineData("open-cut.txt", true, "Ada Stone is a beekeeper and sailor who keeps forty hives on the rocky coast of Maine and writes about them every single week.")]
    [InlineData("long-appositive.txt", true, "Ada Stone is a beekeeper and sailor from the coast of Maine.")]
    public void Summary_introduces_the_guest_from_the_hosts_introduction(string spec, bool timed, string expectedStart)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context);

        Assert.StartsWith(expectedStart, summary.Sentences[0], StringComparison.Ordinal);
        Assert.Equal(summary.Sentences[0], summary.Description);
    }

    [Theory]
    [InlineData("three-topics.txt")]
    [InlineData("no-intro.txt")]
    public void Summary_has_three_to_five_standalone_statements_and_no_ad_reads(string spec)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec);

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context);

        Assert.InRange(summary.Sentences.Length, 3, 5);
        Assert.Equal(summary.Sentences.Length, summary.Sentences.Distinct(StringComparer.Ordinal).Count());
        foreach (var sentence in summary.Sentences)
        {
            Assert.DoesNotContain("?", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("sponsor", sentence, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("brought to you", sentence, StringComparison.OrdinalIgnoreCase);
            Assert.False(sentence.StartsWith("She ", StringComparison.Ordinal) || sentence.StartsWith("He ", StringComparison.Ordinal), sentence);
        }
    }

    [Fact]
    public void Summary_covers_more_than_one_topic()
    {
        var episode = SyntheticEpisode.Load("Chapters", "three-topics.txt");

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context);

        var body = summary.Sentences.Where(s => !s.StartsWith("Ada Stone", StringComparison.Ordinal)).ToList();
        var topicsCovered = episode.Topics
            .Select((topic, i) => (topic.FirstParagraph, End: i + 1 < episode.Topics.Length ? episode.Topics[i + 1].FirstParagraph : episode.Paragraphs.Length))
            .Count(range => body.Any(s => episode.Paragraphs.Skip(range.FirstParagraph).Take(range.End - range.FirstParagraph)
                .Any(p => p.Sentences.Any(x => x.Text == s))));
        Assert.True(topicsCovered >= 2, string.Join(" | ", summary.Sentences));
    }

    [Fact]
    public void Without_an_introduction_the_description_names_guest_and_topics()
    {
        var episode = SyntheticEpisode.Load("Chapters", "no-intro.txt");

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context);

        Assert.StartsWith("A conversation with Lee Park about ", summary.Description, StringComparison.Ordinal);
        Assert.InRange(summary.Description.Length, 1, 160);
    }

    [Fact]
    public void Without_an_introduction_the_summary_leads_with_who_and_what()
    {
        var episode = SyntheticEpisode.Load("Chapters", "no-intro.txt");

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context);

        Assert.Equal(summary.Description, summary.Sentences[0]);
        Assert.StartsWith("A conversation with Lee Park about ", summary.Sentences[0], StringComparison.Ordinal);
        Assert.InRange(summary.Sentences.Length, 3, 5);
    }

    [Fact]
    public void After_the_guest_introduction_the_summary_names_the_chapters_themes()
    {
        var episode = SyntheticEpisode.Load("Chapters", "three-topics.txt");

        var outline = Summarizer.Outline(episode.Paragraphs, episode.Context);

        var themes = outline.Summary.Sentences.Single(s => s.StartsWith("The conversation covers ", StringComparison.Ordinal));
        var titles = outline.Chapters.Skip(1).Select(c => c.Title.ToLowerInvariant()).ToList();
        Assert.True(titles.Count(t => themes.Contains(t, StringComparison.Ordinal)) >= 2, themes + " | " + string.Join(", ", titles));
        var introduction = outline.Summary.Sentences.TakeWhile(s => s.StartsWith("Ada Stone", StringComparison.Ordinal)).Count();
        Assert.InRange(introduction, 1, 2);
        Assert.Equal(introduction, outline.Summary.Sentences.IndexOf(themes));
        Assert.InRange(outline.Summary.Sentences.Length, 3, 5);
    }

    [Fact]
    public void Main_topics_are_the_longest_chapters_with_single_titles_first_in_episode_order()
    {
        var plan = SixChapters("Introduction", "Sport and pancakes", "Robots", "Diet", "Arm wrestling", "Travel");

        var topics = ExtractiveSummaryGenerator.MainTopics(plan, 3);

        Assert.Equal(["robots", "diet", "arm wrestling"], topics);
    }

    [Fact]
    public void Main_topics_skip_a_title_that_repeats_one_already_named()
    {
        var plan = SixChapters("Introduction", "Intelligent life", "Life", "Robots and life", "Robots", "Travel");

        var topics = ExtractiveSummaryGenerator.MainTopics(plan, 3);

        Assert.Equal(["intelligent life", "robots", "travel"], topics);
    }

    [Fact]
    public void Long_description_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var description = DescriptionWriter.Fit(words + ".", DescriptionWriter.MaxLength);

        Assert.True(description.Length <= 160, description.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("\u2026", description, StringComparison.Ordinal);
        var kept = description[..^1];
        Assert.StartsWith(kept + " ", words, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_description_keeps_its_leading_clause_when_that_is_a_sentence()
    {
        const string text = "Ada Stone is a beekeeper and sailor from the north coast of Scotland, and the author of several books on "
            + "bees, boats, weather, the history of navigation and the long tradition of island honey.";

        var description = DescriptionWriter.Fit(text, DescriptionWriter.MaxLength);

        Assert.Equal("Ada Stone is a beekeeper and sailor from the north coast of Scotland.", description);
    }

    [Fact]
    public void Short_description_is_left_whole()
    {
        const string text = "Ada Stone is a beekeeper and sailor.";

        Assert.Equal(text, DescriptionWriter.Fit(text, DescriptionWriter.MaxLength));
    }

    [Theory]
    [InlineData("three-topics.txt", true)]
    [InlineData("three-topics.txt", false)]
    [InlineData("my-guest.txt", true)]
    [InlineData("no-intro.txt", true)]
    public void Summary_from_the_segmenters_chapters_equals_the_summary_that_segments_itself(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);
        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        var reused = Summarizer.Summarize(episode.Paragraphs, chapters, episode.Context);
        var alone = Summarizer.Summarize(episode.Paragraphs, episode.Context);

        Assert.Equal<string>(alone.Sentences, reused.Sentences);
        Assert.Equal(alone.Description, reused.Description);
    }

    [Fact]
    public void Chapters_of_other_paragraphs_are_not_trusted()
    {
        var episode = SyntheticEpisode.Load("Chapters", "three-topics.txt");
        var half = episode.Paragraphs[..(episode.Paragraphs.Length / 2)];
        var chaptersOfHalf = ChapterSegmenter.Segment(half, episode.Context);

        var summary = Summarizer.Summarize(episode.Paragraphs, chaptersOfHalf, episode.Context);

        var alone = Summarizer.Summarize(episode.Paragraphs, episode.Context);
        Assert.Equal<string>(alone.Sentences, summary.Sentences);
        Assert.Equal(alone.Description, summary.Description);
    }

    [Fact]
    public void A_custom_generator_replaces_the_extractive_one()
    {
        var episode = SyntheticEpisode.Load("Chapters", "no-intro.txt");
        var generator = new FirstSentenceGenerator();

        var summary = Summarizer.Summarize(episode.Paragraphs, episode.Context, generator);

        Assert.Equal(episode.Paragraphs[0].Sentences[0].Text, summary.Description);
    }

    private sealed class FirstSentenceGenerator : ISummaryGenerator
    {
        public EpisodeSummary Summarize(System.Collections.Immutable.ImmutableArray<SiteGen.Text.Prose.Paragraph> paragraphs, EpisodeContext context) =>
            new([paragraphs[0].Sentences[0].Text], paragraphs[0].Sentences[0].Text);
    }

    [Theory]
    [InlineData("three-topics.txt", true)]
    [InlineData("three-topics.txt", false)]
    [InlineData("no-intro.txt", true)]
    public void Outline_gives_the_chapters_and_summary_of_segmenting_then_summarising(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var outline = Summarizer.Outline(episode.Paragraphs, episode.Context);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);
        var summary = Summarizer.Summarize(episode.Paragraphs, chapters, episode.Context);
        Assert.Equal<Chapter>(chapters, outline.Chapters);
        Assert.Equal<string>(summary.Sentences, outline.Summary.Sentences);
        Assert.Equal(summary.Description, outline.Summary.Description);
    }

    // An opening of 2 paragraphs, then chapters of 10, 8, 3, 7 and 1 paragraphs.
    private static ChapterPlan SixChapters(params string[] titles)
    {
        (int, int)[] ranges = [(0, 2), (2, 12), (12, 20), (20, 23), (23, 30), (30, 31)];
        return new ChapterPlan(ranges, titles, [.. titles.Select(t => t.ToLowerInvariant())], IntroParagraphs: 2);
    }
}
