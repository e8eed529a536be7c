using System.Collections.Immutable;
using SiteGen.Text.Analysis;
using SiteGen.Text.Chapters;

namespace SiteGen.Text.Tests.Chapters;

public sealed class ChapterSegmenterTests
{
    public static TheoryData<string, bool> Specs => new()
    {
        { "three-topics.txt", true },
        { "three-topics.txt", false },
        { "no-intro.txt", true },
        { "no-intro.txt", false },
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Opening_with_announcements_is_its_own_introduction_chapter(bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", "three-topics.txt", timed);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        Assert.Equal("Introduction", chapters[0].Title);
        Assert.Equal(0, chapters[0].FirstParagraph);
        Assert.Equal(episode.IntroParagraphs, chapters[0].ParagraphCount);
        Assert.Single(chapters, c => c.Title == "Introduction");
    }

    [Fact]
    public void Episode_that_starts_with_a_topic_has_no_introduction()
    {
        var episode = SyntheticEpisode.Load("Chapters", "no-intro.txt");

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        Assert.DoesNotContain(chapters, c => c.Title == "Introduction");
        Assert.Equal(0, chapters[0].FirstParagraph);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Boundaries_fall_on_the_topic_shifts(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        var starts = chapters.Select(c => c.FirstParagraph).ToList();
        foreach (var (_, first) in episode.Topics)
        {
            Assert.Contains(starts, s => Math.Abs(s - first) <= 2);
        }

        Assert.InRange(chapters.Length, episode.Topics.Length, (2 * episode.Topics.Length) + 1);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Topic_starts_score_above_every_paragraph_well_inside_a_topic(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);
        var analyzed = AnalyzedEpisode.Analyze(episode.Paragraphs);
        var starts = episode.Topics.Select(t => t.FirstParagraph).Where(p => p > episode.IntroParagraphs).ToList();

        var (candidates, rows) = BoundaryFeatures.Compute(
            analyzed, episode.IntroParagraphs, episode.Paragraphs.Length, episode.Context, SegmentationSettings.Default, BoundaryModel.WithSpeakers.Cues);

        var score = candidates.Select((p, i) => (Paragraph: p, LogOdds: BoundaryModel.WithSpeakers.LogOdds(rows[i]))).ToList();
        var weakestStart = score.Where(s => starts.Contains(s.Paragraph)).Min(s => s.LogOdds);
        var strongestInside = score.Where(s => starts.All(b => Math.Abs(s.Paragraph - b) > 2)).Max(s => s.LogOdds);
        Assert.True(weakestStart > strongestInside, $"weakest topic start {weakestStart:F2}, strongest inside {strongestInside:F2}");
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Chapters_tile_the_episode_in_order(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        var next = 0;
        foreach (var chapter in chapters)
        {
            Assert.Equal(next, chapter.FirstParagraph);
            Assert.True(chapter.ParagraphCount > 0);
            Assert.Equal(episode.Paragraphs[chapter.FirstParagraph].Start, chapter.Start);
            next += chapter.ParagraphCount;
        }

        Assert.Equal(episode.Paragraphs.Length, next);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Titles_are_unique_short_and_start_and_end_on_content_words(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        Assert.Equal(chapters.Length, chapters.Select(c => c.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var title in chapters.Select(c => c.Title))
        {
            var words = title.Split(' ');
            Assert.InRange(words.Length, 1, 5);
            Assert.True(char.IsUpper(title[0]), title);
            Assert.False(EnglishStopwords.Contains(words[0].ToLowerInvariant()), title);
            Assert.False(EnglishStopwords.Contains(words[^1].ToLowerInvariant()), title);
            Assert.False(TitleFillers.Contains(words[^1].ToLowerInvariant()), title);
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Topic_titles_come_from_their_own_chapter_and_not_from_the_guest_name(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        foreach (var chapter in chapters.Where(c => c.Title != "Introduction"))
        {
            var text = string.Join(' ', episode.Paragraphs.Skip(chapter.FirstParagraph).Take(chapter.ParagraphCount).Select(p => p.Text));
            foreach (var part in chapter.Title.Split(" and "))
            {
                Assert.Contains(part, text, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var name in episode.Context.Guests.Concat(episode.Context.Hosts).SelectMany(n => n.Split(' ')))
            {
                Assert.DoesNotContain(name, chapter.Title, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Proper_nouns_keep_their_capitals_and_other_words_are_lower_case()
    {
        var episode = SyntheticEpisode.Load("Chapters", "three-topics.txt");

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        foreach (var title in chapters.Select(c => c.Title))
        {
            foreach (var word in title.Split(' ').Skip(1))
            {
                var lower = word.ToLowerInvariant();
                var writtenCapitalised = episode.Paragraphs.SelectMany(p => p.Sentences)
                    .SelectMany(s => s.Text.Split(' ').Skip(1))
                    .Count(w => w.Trim('.', ',', '?').Equals(word, StringComparison.Ordinal));
                Assert.True(word == lower || writtenCapitalised > 0, title);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Chapter_summaries_are_statements_from_the_chapter(string spec, bool timed)
    {
        var episode = SyntheticEpisode.Load("Chapters", spec, timed);

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        foreach (var chapter in chapters.Where(c => c.Title != "Introduction"))
        {
            var sentences = episode.Paragraphs.Skip(chapter.FirstParagraph).Take(chapter.ParagraphCount)
                .SelectMany(p => p.Sentences).Select(s => s.Text);
            Assert.Contains(chapter.Summary, sentences);
            Assert.False(chapter.Summary.EndsWith('?'), chapter.Summary);
        }
    }

    [Fact]
    public void Same_input_gives_the_same_chapters()
    {
        var episode = SyntheticEpisode.Load("Chapters", "three-topics.txt");

        var first = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);
        var second = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        Assert.True(first.SequenceEqual(second));
    }

    [Fact]
    public void A_few_sentences_make_one_titled_chapter()
    {
        var episode = SyntheticEpisode.Load("Chapters", "no-intro.txt");
        var few = episode.Paragraphs.Take(3).ToImmutableArray();

        var chapters = ChapterSegmenter.Segment(few, episode.Context);

        var chapter = Assert.Single(chapters);
        Assert.Equal(3, chapter.ParagraphCount);
        Assert.NotEqual("Introduction", chapter.Title);
        Assert.False(string.IsNullOrWhiteSpace(chapter.Summary));
    }

    [Fact]
    public void Empty_episode_has_no_chapters()
    {
        Assert.Empty(ChapterSegmenter.Segment([], EpisodeContext.Empty));
    }

    [Fact]
    public void An_opening_that_never_introduces_the_guest_is_summed_up_by_guest_and_themes_not_its_ad_read()
    {
        var episode = SyntheticEpisode.Load("Chapters", "unnamed-guest.txt");

        var chapters = ChapterSegmenter.Segment(episode.Paragraphs, episode.Context);

        Assert.Equal("Introduction", chapters[0].Title);
        Assert.StartsWith("A conversation with Ada Stone about ", chapters[0].Summary, StringComparison.Ordinal);
    }
}
