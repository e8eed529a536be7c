using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class ParagraphHtmlTests
{
    [Fact]
    public void Links_only_the_first_whole_word_mention_and_encodes_the_rest()
    {
        var links = new[] { new TermLink("Ada Lovelace", "guests/ada-lovelace/index.html") };
        var linked = new HashSet<string>(StringComparer.Ordinal);

        var first = ParagraphHtml.Render("I met Ada Lovelace <b>twice</b>; Ada Lovelace again.", links, linked, "../");
        var second = ParagraphHtml.Render("Ada Lovelace once more.", links, linked, "../");

        Assert.Equal("I met <a href=\"../guests/ada-lovelace/index.html\">Ada Lovelace</a> &lt;b&gt;twice&lt;/b&gt;; Ada Lovelace again.", first);
        Assert.Equal("Ada Lovelace once more.", second);
    }

    [Fact]
    public void Does_not_link_inside_a_longer_word()
    {
        var links = new[] { new TermLink("Rust", "entities/rust/index.html") };
        var html = ParagraphHtml.Render("Trusty Rusty code.", links, new HashSet<string>(StringComparer.Ordinal), "");
        Assert.Equal("Trusty Rusty code.", html);
    }

    [Fact]
    public void The_earliest_mention_wins_and_at_one_place_the_longer_term()
    {
        var links = new[]
        {
            new TermLink("Turing", "topics/turing/index.html"),
            new TermLink("Alan", "topics/alan/index.html"),
            new TermLink("Alan Turing", "guests/alan-turing/index.html"),
        };
        var linked = new HashSet<string>(StringComparer.Ordinal);

        var html = ParagraphHtml.Render("Turing-complete? Alan Turing said so; Alan agreed.", links, linked, "");

        Assert.Equal(
            "<a href=\"topics/turing/index.html\">Turing</a>-complete? <a href=\"guests/alan-turing/index.html\">Alan Turing</a> said so; "
            + "<a href=\"topics/alan/index.html\">Alan</a> agreed.",
            html);
    }

    [Fact]
    public void A_term_searched_past_a_mention_inside_a_word_is_not_found_overlapping_it()
    {
        // The search resumes after the end of a mention that is not a whole word ("ab a" inside "ab ab"), so the
        // overlapping whole-word mention after it is not linked; pages must keep their bytes across versions.
        var links = new[] { new TermLink("ab a", "topics/ab-a/index.html") };
        var html = ParagraphHtml.Render("ab ab a", links, new HashSet<string>(StringComparer.Ordinal), "");
        Assert.Equal("ab ab a", html);
    }

    [Fact]
    public void The_indexed_scan_finds_what_searching_term_by_term_finds()
    {
        // Small alphabets make overlapping, nested and non-whole-word mentions common.
        var random = new Random(12345);
        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => "abAB"[random.Next(4)])]);
        for (var round = 0; round < 3000; round++)
        {
            var links = Enumerable.Range(0, random.Next(1, 6))
                .Select(i => new TermLink(random.Next(3) == 0 ? Word(random.Next(1, 3)) + " " + Word(random.Next(1, 3)) : Word(random.Next(1, 4)), $"t{i}/"))
                .ToList();
            var text = string.Join(random.Next(2) == 0 ? " " : "-", Enumerable.Range(0, random.Next(1, 12)).Select(_ => Word(random.Next(1, 4))));
            var linked = new HashSet<string>(links.Where(_ => random.Next(5) == 0).Select(l => l.Term), StringComparer.Ordinal);
            var from = random.Next(text.Length);

            var indexed = ParagraphHtml.FirstMatch(text, from, links, linked);
            var plain = ParagraphHtml.FirstMatchByTerm(text, from, links, linked);

            Assert.True(indexed == plain, $"'{text}' from {from}, terms [{string.Join("|", links.Select(l => l.Term))}]: {indexed} vs {plain}");
        }
    }
}
