using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Transcripts;

namespace SiteGen.Tests.Building;

public sealed class EntityCollectionTests
{
    [Fact]
    public void Spellings_that_share_a_page_address_are_one_entity_under_the_most_mentioned_and_each_episode_is_listed_once()
    {
        var episodes = new[]
        {
            Episode("one", ("NASA", 5)),
            Episode("two", ("Nasa", 2), ("NASA", 1)),
            Episode("three", ("Nasa", 1), ("Kepler", 2)),
        };

        var entities = Entities.Collect(episodes, new SiteSettings());

        Assert.Equal(["Kepler", "NASA"], entities.Keys);
        var nasa = entities["NASA"];
        Assert.Equal(["one", "two", "three"], nasa.Select(m => m.Episode.Get<string>(Keys.Slug)));
        Assert.Equal(("Nasa", 3), (nasa[1].Item.Name, nasa[1].Item.Mentions));
        Assert.Equal(["NASA", "Nasa"], Entities.Spellings(nasa).Order(StringComparer.Ordinal));
    }

    private static Document Episode(string slug, params (string Name, int Mentions)[] items) =>
        new Document(slug + ".md", null, "")
            .With(Keys.Slug, slug)
            .With(Keys.Episode, new TranscriptMetadata { Title = slug })
            .With(Keys.Glossary, items.Select(i => new GlossaryItem(i.Name, EntityType.Organization, i.Mentions, 0, null, null, [0], null)).ToImmutableArray());
}
