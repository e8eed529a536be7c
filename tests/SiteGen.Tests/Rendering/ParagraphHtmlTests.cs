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
}
