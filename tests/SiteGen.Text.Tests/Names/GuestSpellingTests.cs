using System.Collections.Immutable;
using SiteGen.Text.Names;

namespace SiteGen.Text.Tests.Names;

public sealed class GuestSpellingTests
{
    private static readonly EpisodeEvidence Episode = new([], WordFrequencies.Default);

    [Theory]
    [InlineData("Brian Talvenor", "Bryan Talvenor", true)]
    [InlineData("Joshua Wendberg", "Joscha Wendberg", true)]
    [InlineData("Nick Orlanda", "Nic Orlanda", true)]
    [InlineData("Mark Holman", "Mark Holmand", true)]
    [InlineData("Dimitri Korvald", "Dmitry Korvald", true)]
    [InlineData("Bryan Talvenor", "Bryan Talvenor", false)]
    [InlineData("Tim Kessler", "Jim Kessler", false)]
    [InlineData("Brian Telford", "Bryan Talvenor", false)]
    [InlineData("mark normal", "Mark Normand", false)]
    [InlineData("Mark", "Mark Normand", false)]
    [InlineData("Eric Weinstone", "Bret Weinstone", false)]
    public void A_near_full_name_needs_every_word_close_and_one_the_same(string spoken, string guest, bool expected)
    {
        var words = NameToken.Words(spoken).Select(NameToken.Parse).ToArray();

        Assert.Equal(expected, GuestSpelling.IsNearFullName(words, Person(guest), Episode));
    }

    [Theory]
    [InlineData("holman", "Mark Holmand", true)]
    [InlineData("holmand", "Mark Holmand", false)]
    [InlineData("holmes", "Mark Holmand", false)]
    [InlineData("gray", "Dana Grey", false)]
    public void A_near_surname_is_one_letter_off_and_sounds_alike(string spoken, string guest, bool expected)
    {
        Assert.Equal(expected, GuestSpelling.IsNearSurname(spoken, Episode.Sound(spoken), Person(guest)));
    }

    private static GazetteerName Person(string name) =>
        new(name, EntityType.Person, NameStrength.Episode, 1, null, null, ImmutableArray<string>.Empty);
}
