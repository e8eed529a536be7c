using SiteGen.Building;

namespace SiteGen.Tests.Building;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Oriol Vinyals: Deep Learning", "oriol-vinyals-deep-learning")]
    [InlineData("  Café  Société!! ", "cafe-societe")]
    [InlineData("It's GPT-3", "its-gpt-3")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("???", "episode")]
    public void Slugs_are_lowercase_ascii_with_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slugs.From(text));

    [Fact]
    public void Long_slugs_are_cut_without_a_trailing_hyphen()
    {
        var slug = Slugs.From("alpha beta gamma delta epsilon", 11);
        Assert.Equal("alpha-beta", slug);
    }
}
