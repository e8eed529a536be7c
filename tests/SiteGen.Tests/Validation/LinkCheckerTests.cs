using SiteGen.Building;

namespace SiteGen.Tests.Validation;

public sealed class LinkCheckerTests
{
    [Fact]
    public void Broken_links_missing_anchors_and_missing_assets_are_reported_by_page()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("ep"));
        File.WriteAllText(temp.Combine("index.html"), """
            <!doctype html><html><head><title>t</title><link rel="stylesheet" href="assets/missing.css"></head><body>
            <a href="ep/">fine</a> <a href="ep/#here">fine anchor</a> <a href="ep/#gone">missing anchor</a>
            <a href="nowhere/">missing page</a> <a href="https://example.org/x">external</a> <a href="mailto:a@b.example">mail</a>
            <a href="#top">own anchor</a> <a href="../outside.html">outside</a> <span id="top"></span>
            </body></html>
            """);
        File.WriteAllText(temp.Combine("ep", "index.html"), """
            <!doctype html><html><head><title>e</title></head><body><p id="here">x</p><a href="../index.html#nope">back</a><img src="/ep/cover.png" alt=""></body></html>
            """);

        var problems = LinkChecker.Check(temp.Path);

        Assert.Equal(
            [
                "ep/index.html: missing anchor '../index.html#nope'",
                "ep/index.html: broken link '/ep/cover.png'",
                "index.html: broken link '../outside.html'",
                "index.html: broken link 'assets/missing.css'",
                "index.html: missing anchor 'ep/#gone'",
                "index.html: broken link 'nowhere/'",
            ],
            problems);
    }

    [Fact]
    public void A_site_whose_links_all_resolve_has_no_problem()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("index.html"), "<!doctype html><html><head><title>t</title></head><body><a href=\"#a\" id=\"a\">self</a><a href=\"index.html\">me</a></body></html>");

        Assert.Empty(LinkChecker.Check(temp.Path));
    }

    [Fact]
    public void Only_id_href_and_src_attributes_count_and_entities_in_them_are_decoded()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new HashSet<string>(StringComparer.Ordinal);
        var html = "<p data-id=\"not\" id=\"a&amp;b\">He said x=\"y and <a\nhref=\"p?q=1&amp;r=2#s\">z</a><img src=\"c.png\" srcset=\"d.png\"><a xhref=\"e\">e</a></p>"u8;

        LinkChecker.Scan(html, ids, references);

        Assert.Equal(["a&b"], ids);
        Assert.Equal(["c.png", "p?q=1&r=2#s"], references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_page_that_is_the_same_file_as_last_time_is_not_read_again_and_a_changed_one_is()
    {
        using var temp = new TempFolder();
        var page = temp.Combine("index.html");
        File.WriteAllText(page, "<a href=\"#a\" id=\"a\">self</a>");
        Assert.Empty(LinkChecker.Check(temp.Path, null, out var index));
        Assert.Equal(["#a"], index.Pages["index.html"].References);

        // Stand in a reading that differs from the file: it is used only while the file's length and time match.
        var known = index.Pages["index.html"] with { References = ["gone/"] };
        var previous = new LinkIndex(new Dictionary<string, PageLinks>(StringComparer.Ordinal) { ["index.html"] = known });
        Assert.Equal(["index.html: broken link 'gone/'"], LinkChecker.Check(temp.Path, previous, out _));

        File.SetLastWriteTimeUtc(page, File.GetLastWriteTimeUtc(page).AddSeconds(1));
        Assert.Empty(LinkChecker.Check(temp.Path, previous, out _));
    }
}
