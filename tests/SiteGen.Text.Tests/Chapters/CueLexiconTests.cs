using SiteGen.Text.Chapters;

namespace SiteGen.Text.Tests.Chapters;

public sealed class CueLexiconTests
{
    private static readonly CueLexicon Lexicon = new([("^ so", 0.5), ("let me ask", 1.5), ("let's talk", 1.0), ("^ yeah", -2.0), ("war", 3.0)]);

    [Theory]
    [InlineData("So let me ask you about the war.", 5.0)]
    [InlineData("Yeah. Let me ask, let me ask again.", -0.5)]
    [InlineData("LET\u2019S TALK about it.", 1.0)]
    [InlineData("And so the story goes on.", 0)]
    public void Scores_the_distinct_cue_phrases_of_the_opening_folding_case_and_apostrophes(string text, double expected)
    {
        Assert.Equal(expected, Lexicon.Score(text), 6);
    }

    [Fact]
    public void Words_past_the_opening_are_not_read()
    {
        var filler = string.Join(' ', Enumerable.Repeat("word", CueLexicon.OpeningWords));

        Assert.Equal(1.5, Lexicon.Score("Let me ask " + filler));
        Assert.Equal(0, Lexicon.Score(filler + " let me ask"));
    }

    [Fact]
    public void Numbers_break_phrases_and_are_never_phrases_themselves()
    {
        var grams = new List<string>();
        Span<char> buffer = stackalloc char[96];
        CueLexicon.ForEachGram("00:39 so let me 20 ask", buffer, gram => grams.Add(gram.ToString()));

        Assert.Equal(["so", "so let", "so let me", "let", "let me", "me", "ask"], grams);
    }

    [Fact]
    public void The_start_marker_only_matches_at_the_start()
    {
        Assert.Equal(0.5, Lexicon.Score("So what happened?"));
        Assert.Equal(0, Lexicon.Score("And so what happened?"));
    }
}
