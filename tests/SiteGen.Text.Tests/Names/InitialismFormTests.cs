using System.Collections.Immutable;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Names;

public sealed class InitialismFormTests
{
    [Theory]
    [InlineData("U.S", "U.S.")]
    [InlineData("George H.W", "George H.W.")]
    [InlineData("U.S.", "U.S.")]
    [InlineData("USA", "USA")]
    [InlineData("A", "A")]
    [InlineData("Texas", "Texas")]
    [InlineData("e.g", "e.g")]
    [InlineData("Star Trek", "Star Trek")]
    public void An_initialism_gets_back_its_last_period(string name, string expected) =>
        Assert.Equal(expected, InitialismForm.Complete(name));

    [Fact]
    public void The_glossary_writes_a_sentence_final_initialism_with_its_period()
    {
        var sentences = ImmutableArray.Create(
            new Sentence("They all moved to the U.S.", null, null),
            new Sentence("Then everybody in the U.S. knew the song.", null, null),
            new Sentence("Few left the U.S. again.", null, null));

        var items = new EntityExtractor(Gazetteer.CreateBuilder().Build()).Extract(sentences);

        Assert.Contains(items, i => i.Name == "U.S.");
        Assert.DoesNotContain(items, i => i.Name == "U.S");
    }
}
