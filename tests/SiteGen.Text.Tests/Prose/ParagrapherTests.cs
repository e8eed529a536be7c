using System.Collections.Immutable;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Prose;

public sealed class ParagrapherTests
{
    /// <summary>A sentence of <paramref name="words"/> words, starting with <paramref name="first"/>.</summary>
    private static Sentence S(int words, string first = "We", string? speaker = "A", TimeSpan? start = null) =>
        new(first + string.Concat(Enumerable.Repeat(" word", words - 1)) + ".", start, speaker);

    private static int Words(Paragraph p) => p.Text.Split(' ').Length;

    [Fact]
    public void A_paragraph_never_mixes_speakers()
    {
        ImmutableArray<Sentence> sentences = [S(10, speaker: "A"), S(10, speaker: "B"), S(3, speaker: "B"), S(10, speaker: "A"), S(5, speaker: null)];

        var paragraphs = Paragrapher.Group(sentences);

        Assert.Equal(["A", "B", "A", null], paragraphs.Select(p => p.Speaker));
        Assert.All(paragraphs, p => Assert.Single(p.Sentences.Select(s => s.Speaker).Distinct()));
        Assert.Equal(sentences, paragraphs.SelectMany(p => p.Sentences));
    }

    [Fact]
    public void A_long_monologue_becomes_paragraphs_of_a_few_sentences()
    {
        var sentences = Enumerable.Range(0, 1750).Select(_ => S(12)).ToImmutableArray();

        var paragraphs = Paragrapher.Group(sentences);

        Assert.All(paragraphs, p => Assert.InRange(p.Sentences.Length, 3, 8));
        Assert.All(paragraphs, p => Assert.InRange(Words(p), 36, 160));
        Assert.Equal(sentences, paragraphs.SelectMany(p => p.Sentences));
    }

    [Fact]
    public void Breaks_at_a_discourse_opener()
    {
        ImmutableArray<Sentence> sentences = [S(15), S(15), S(15), S(15), S(15, "So,"), S(15), S(15), S(15)];

        var paragraphs = Paragrapher.Group(sentences);

        Assert.Equal([4, 4], paragraphs.Select(p => p.Sentences.Length));
        Assert.StartsWith("So,", paragraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Breaks_at_a_pause()
    {
        var start = TimeSpan.Zero;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        for (var i = 0; i < 8; i++)
        {
            if (i == 3)
            {
                start += TimeSpan.FromSeconds(8);
            }

            sentences.Add(S(15, start: start));
            start += TimeSpan.FromSeconds(15 * 0.3);
        }

        var paragraphs = Paragrapher.Group(sentences.ToImmutable());

        Assert.Equal([3, 5], paragraphs.Select(p => p.Sentences.Length));
    }

    [Fact]
    public void Breaks_after_a_question()
    {
        ImmutableArray<Sentence> sentences = [S(15), S(15), S(15), S(15), S(15), new("Why would it work that way at all, and who decided it would?", null, "A"), S(15), S(15), S(15), S(15)];

        var paragraphs = Paragrapher.Group(sentences);

        Assert.EndsWith("?", paragraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_word_sentence_joins_its_neighbours_but_a_one_word_turn_stands_alone()
    {
        ImmutableArray<Sentence> sentences = [S(20), S(20), new("Right.", null, "A"), S(20), S(20), S(20), new("Yes.", null, "B"), S(20), S(20)];

        var paragraphs = Paragrapher.Group(sentences);

        Assert.DoesNotContain(paragraphs, p => p.Text == "Right.");
        Assert.Contains(paragraphs, p => p.Text == "Yes." && p.Speaker == "B");
    }

    [Fact]
    public void A_single_enormous_sentence_is_not_split_but_a_long_turn_never_becomes_a_wall()
    {
        var sentences = Enumerable.Range(0, 2000).Select(i => S(5 + (i * 7 % 23))).ToImmutableArray();

        var paragraphs = Paragrapher.Group(sentences);

        Assert.All(paragraphs, p => Assert.True(Words(p) <= 320, $"{Words(p)} words"));
        Assert.Single(Paragrapher.Group([S(5000)]));
    }

    [Fact]
    public void Empty_input_gives_no_paragraphs()
    {
        Assert.Empty(Paragrapher.Group([]));
        Assert.Empty(Paragrapher.Group(default));
    }
}
