using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

public sealed class LetterOddsTests
{
    private static readonly string[] Stems = ["walk", "talk", "play", "work", "help", "call", "move", "turn", "read", "build", "teach", "learn", "print", "clean", "open", "close", "count", "farm", "sing", "jump"];
    private static readonly string[] Endings = ["", "s", "ed", "ing", "er", "ers", "ness", "ment", "able", "ful", "less", "ly", "tion"];
    private static readonly string[] Syllables = ["zor", "kha", "mbe", "dzi", "ryn", "quo", "vak", "tsu", "ngo", "xi", "yev", "ol", "ak", "ura", "ish", "kov", "enko", "ski", "ana", "ev"];

    internal static IEnumerable<string> English() => Stems.SelectMany(s => Endings.Select(e => s + e));

    internal static IEnumerable<string> Names() => Syllables.SelectMany(a => Syllables.Where(b => b != a).Select(b => a + b));

    [Fact]
    public void Spellings_like_the_names_score_above_zero_and_like_the_english_words_below()
    {
        var odds = new LetterOdds(English(), Names());

        Assert.True(odds.IsTrained);
        Assert.True(odds.Score("tsuvakenko") > 0, "a name built of name syllables");
        Assert.True(odds.Score("dziquo") > 0, "a name the model learnt");
        Assert.True(odds.Score("sketchments") < 0, "an unseen English word");
        Assert.True(odds.Score("reading") < 0, "an English word the model learnt");
    }

    [Fact]
    public void Too_few_names_give_no_opinion()
    {
        var odds = new LetterOdds(English(), Names().Take(50));

        Assert.False(odds.IsTrained);
        Assert.Equal(0, odds.Score("tsuvakenko"));
        Assert.Equal(0, odds.Score("reading"));
    }

    [Fact]
    public void The_order_of_the_training_words_does_not_change_a_score()
    {
        var forward = new LetterOdds(English(), Names());
        var backward = new LetterOdds(English().Reverse(), Names().Reverse());

        Assert.Equal(forward.Score("tsuvakenko"), backward.Score("tsuvakenko"));
        Assert.Equal(forward.Score("sketchments"), backward.Score("sketchments"));
    }
}
