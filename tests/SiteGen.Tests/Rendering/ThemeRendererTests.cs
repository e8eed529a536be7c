using System.Collections.Immutable;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class ThemeRendererTests
{
    [Fact]
    public void A_template_syntax_error_names_the_template()
    {
        var e = Assert.Throws<ThemeException>(() => ThemeRenderer.Parse("theme", [KeyValuePair.Create("episode", "<h1>{{ episode.title </h1>\n{% if %}")]));
        Assert.StartsWith("theme/templates/episode.liquid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_html_encoded_unless_the_template_says_raw()
    {
        var theme = ThemeRenderer.Parse("theme",
        [
            KeyValuePair.Create("layout", "<main>{{ content | raw }}</main>"),
            KeyValuePair.Create("page", "<p>{{ text }}</p><p>{{ html | raw }}</p>"),
        ]);
        var html = theme.RenderPage("page", ImmutableDictionary<string, object?>.Empty.Add("text", "<script>x</script>").Add("html", "<em>ok</em>"));
        Assert.Equal("<main><p>&lt;script&gt;x&lt;/script&gt;</p><p><em>ok</em></p></main>", html);
    }
}
