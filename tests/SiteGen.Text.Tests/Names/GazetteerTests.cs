using SiteGen.Text.Names;
using SiteGen.Text.Transcripts;

namespace SiteGen.Text.Tests.Names;

public sealed class GazetteerTests
{
    [Fact]
    public void Finds_names_and_aliases_by_letters_only()
    {
        var gazetteer = Gazetteer.CreateBuilder()
            .AddGlossary([new GlossaryEntry("Kestrel Dynamics", ["kestral"], EntityType.Organization, null, null)])
            .AddKnownNames([("QuillNet", 12)])
            .Build();

        Assert.Equal("Kestrel Dynamics", gazetteer.Canonical("kestrel dynamics"));
        Assert.Equal("Kestrel Dynamics", gazetteer.Canonical("Kestral"));
        Assert.Equal("QuillNet", gazetteer.Canonical("quill-net"));
        Assert.Null(gazetteer.Canonical("quill"));
        Assert.Equal(2, gazetteer.Count);
    }

    [Fact]
    public void Aliases_win_over_other_names_with_the_same_letters()
    {
        var gazetteer = Gazetteer.CreateBuilder()
            .AddKnownNames([("Kestral", 50)])
            .AddGlossary([new GlossaryEntry("Kestrel Dynamics", ["Kestral"], EntityType.Organization, null, null)])
            .Build();

        Assert.Equal("Kestrel Dynamics", gazetteer.Canonical("kestral"));
    }

    [Fact]
    public void The_strongest_source_decides_the_spelling_of_a_name()
    {
        var gazetteer = Gazetteer.CreateBuilder()
            .AddKnownNames([("Quillnet", 40)])
            .AddEntity("QuillNet", EntityType.Work)
            .AddKnownNames([("QUILLNET", 3)])
            .Build();

        Assert.Equal("QuillNet", gazetteer.Canonical("quillnet"));
        Assert.Equal(1, gazetteer.Count);
    }

    [Fact]
    public void An_episode_adds_its_guests_and_title_names()
    {
        var site = Gazetteer.CreateBuilder().AddHost("Dana Whitfield").Build();
        var metadata = new TranscriptMetadata { Title = "Zandrovic Engines and the Future of Flight", Guests = ["Hana Kowalczyk"] };

        var episode = site.ForEpisode(metadata);

        Assert.Equal("Hana Kowalczyk", episode.Canonical("hana kowalczyk"));
        Assert.Equal("Zandrovic", episode.Canonical("zandrovic"));
        Assert.Null(episode.Canonical("future"));
        Assert.Null(site.Canonical("hana kowalczyk"));
        Assert.True(episode.IsHost("dana whitfield"));
        Assert.False(episode.IsHost("hana kowalczyk"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_episode_gazetteer_has_the_names_and_lookups_of_one_built_from_scratch(bool aliasedGuest)
    {
        // Shared lookups with a few names on top, or (a guest with an alias) a fresh build: either way the same names.
        var glossary = new GlossaryEntry("Kestrel Dynamics", ["kestral"], EntityType.Organization, null, null);
        var guest = aliasedGuest ? "Kestrel Dynamics" : "Hana Kowalczyk";
        var site = Build(b => b.AddGuest("Hana Kowalczyk"));
        var title = "Zandrovic Engines and Quillnet";

        var episode = site.ForEpisode([guest], title);
        var expected = Build(b =>
        {
            b.AddGuest("Hana Kowalczyk");
            b.Add(guest, EntityType.Person, NameStrength.Episode, 1);
            b.Add("Zandrovic", EntityType.Other, NameStrength.Site, 1);
            b.Add("Quillnet", EntityType.Other, NameStrength.Site, 1);
        });

        Assert.Same(site, site.ForEpisode([], null));
        Assert.Equal(
            expected.Names.Select(n => (n.Canonical, n.Type, n.Strength, n.Count)),
            episode.Names.Select(n => (n.Canonical, n.Type, n.Strength, n.Count)));
        foreach (var name in expected.Names)
        {
            Assert.Equal(name.Canonical, episode.FindExact(name.Letters)?.Canonical);
            Assert.Equal(expected.FindExact(name.Letters)?.Strength, episode.FindExact(name.Letters)?.Strength);
        }

        Assert.Equal("Kestrel Dynamics", episode.Canonical("kestral"));
        Assert.Null(episode.FindExact("engines"));
        Assert.Null(episode.Canonical("quill"));

        Gazetteer Build(Action<GazetteerBuilder> add)
        {
            var builder = Gazetteer.CreateBuilder()
                .AddKnownNames([("Quillnet", 3), ("Tessaract Labs", 7), ("Alder", 12)])
                .AddGlossary([glossary])
                .AddHost("Dana Whitfield");
            add(builder);
            return builder.Build();
        }
    }
}
