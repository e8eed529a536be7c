using SiteGen.Building;

namespace SiteGen.Tests.Validation;

public sealed class SiteFilesTests
{
    [Theory]
    [InlineData("index.html", "ep/", "ep/index.html")]
    [InlineData("index.html", "ep", "ep/index.html")]
    [InlineData("index.html", "./ep//./index.html", "ep/index.html")]
    [InlineData("ep/index.html", "../assets/site.css", "assets/site.css")]
    [InlineData("ep/index.html", "/assets/../ep/", "ep/index.html")]
    [InlineData("ep/index.html", "../", "index.html")]
    [InlineData("ep/index.html", "", "ep/index.html")]
    [InlineData("ep/index.html", "../../index.html", null)]
    [InlineData("ep/index.html", "../missing/", null)]
    [InlineData("ep/index.html", "../assets", null)]
    public void Links_resolve_like_a_browser_within_the_site(string page, string path, string? expected)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("ep"));
        Directory.CreateDirectory(temp.Combine("assets"));
        File.WriteAllText(temp.Combine("index.html"), "");
        File.WriteAllText(temp.Combine("ep", "index.html"), "");
        File.WriteAllText(temp.Combine("assets", "site.css"), "");

        Assert.Equal(expected, SiteFiles.Of(temp.Path).Resolve(page, path));
    }
}
