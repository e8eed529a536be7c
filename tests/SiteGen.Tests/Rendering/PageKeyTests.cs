using System.Collections.Immutable;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class PageKeyTests
{
    private static readonly ImmutableDictionary<string, object?> Values = ImmutableDictionary<string, object?>.Empty
        .Add("page", new { title = "Seals", tags = ImmutableArray.Create("a", "b") })
        .Add("assets", ImmutableDictionary<string, string>.Empty.Add("site.css", "assets/site.1.css").Add("app.js", "assets/app.2.js"))
        .Add("episode", new LinkView("Seals", "seals/"));

    [Fact]
    public void The_same_values_in_another_order_give_the_same_key()
    {
        var reordered = ImmutableDictionary<string, object?>.Empty
            .Add("episode", new LinkView("Seals", "seals/"))
            .Add("assets", ImmutableDictionary<string, string>.Empty.Add("app.js", "assets/app.2.js").Add("site.css", "assets/site.1.css"))
            .Add("page", new { title = "Seals", tags = ImmutableArray.Create("a", "b") });

        Assert.Equal(PageKey.Of("episode", "theme-1", Values), PageKey.Of("episode", "theme-1", reordered));
    }

    [Fact]
    public void A_changed_value_anywhere_or_another_template_or_theme_gives_another_key()
    {
        var key = PageKey.Of("episode", "theme-1", Values);

        Assert.NotEqual(key, PageKey.Of("episode", "theme-1", Values.SetItem("episode", new LinkView("Seals", "seals/#p2"))));
        Assert.NotEqual(key, PageKey.Of("episode", "theme-1", Values.SetItem("page", new { title = "Seals", tags = ImmutableArray.Create("a", "c") })));
        Assert.NotEqual(key, PageKey.Of("episode", "theme-1", Values.SetItem("assets", ImmutableDictionary<string, string>.Empty.Add("site.css", "assets/site.3.css"))));
        Assert.NotEqual(key, PageKey.Of("list", "theme-1", Values));
        Assert.NotEqual(key, PageKey.Of("episode", "theme-2", Values));
    }
}
