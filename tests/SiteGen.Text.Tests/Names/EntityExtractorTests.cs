using System.Collections.Immutable;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;

namespace SiteGen.Text.Tests.Names;

public sealed class EntityExtractorTests
{
    private static ImmutableArray<Sentence> Sentences(params string[] texts) =>
        [.. texts.Select(t => new Sentence(t, null, null))];

    [Fact]
    public void Finds_people_organisations_and_works_and_merges_name_parts()
    {
        var gazetteer = Gazetteer.CreateBuilder().AddHost("Dana Whitfield").Build();
        var sentences = Sentences(
            "So we met Professor Hana Kowalczyk at Brightwater University last year.",
            "Hana said the Zephyr model changed everything.",
            "Later, Kowalczyk moved to a new lab.",
            "Yeah, the Zephyr model is still in use.",
            "Dana Whitfield asked about it, and Dana laughed.");

        var items = new EntityExtractor(gazetteer).Extract(sentences);

        var hana = Assert.Single(items, i => i.Name == "Hana Kowalczyk");
        Assert.Equal(EntityType.Person, hana.Type);
        Assert.Equal(3, hana.Mentions);
        Assert.Equal(0, hana.FirstSentence);
        var university = Assert.Single(items, i => i.Name == "Brightwater University");
        Assert.Equal(EntityType.Organization, university.Type);
        var zephyr = Assert.Single(items, i => i.Name == "Zephyr");
        Assert.Equal(EntityType.Work, zephyr.Type);
        Assert.Equal(2, zephyr.Mentions);
        Assert.Equal(1, zephyr.FirstSentence);
        Assert.DoesNotContain(items, i => i.Name is "So" or "Yeah" or "Later" or "Hana" or "Kowalczyk");
        Assert.DoesNotContain(items, i => i.Name.Contains("Dana", StringComparison.Ordinal));
        Assert.Equal("Hana Kowalczyk", items[0].Name);
    }

    [Fact]
    public void A_rare_word_shaped_like_english_is_a_name_only_when_its_letters_look_like_the_corpus_names()
    {
        var gazetteer = Gazetteer.CreateBuilder()
            .AddKnownNames(LetterOddsTests.Names().Select(n => (char.ToUpperInvariant(n[0]) + n[1..], 10)))
            .UseWordFrequencies(LetterOddsTests.English().Select(w => (w, 20)))
            .Build();
        var sentences = Sentences(
            "the zorkhaists left, and the zorkhaists came back.",
            "the sketchments came, and the sketchments stayed.",
            "the dziquovak spoke, and dziquovak left.");

        var names = new EntityExtractor(gazetteer).Extract(sentences).Select(i => i.Name).ToList();

        Assert.Contains("Zorkhaists", names);
        Assert.Contains("Dziquovak", names);
        Assert.DoesNotContain("Sketchments", names);
    }

    [Fact]
    public void Two_everyday_words_run_together_are_a_name_only_when_said_often_and_spelled_like_the_corpus_names()
    {
        // "zor" and "kha" are everyday words here, so "zorkha" and "walkhelp" are compounds.
        var gazetteer = Gazetteer.CreateBuilder()
            .AddKnownNames(LetterOddsTests.Names().Select(n => (char.ToUpperInvariant(n[0]) + n[1..], 10)))
            .UseWordFrequencies(LetterOddsTests.English().Append("zor").Append("kha").Append("mbe").Append("dzi").Select(w => (w, 20)))
            .Build();
        var sentences = Sentences(
            "the zorkha came, then zorkha left, and zorkha spoke.",
            "so zorkha won, and zorkha lost.",
            "the mbedzi came, and the mbedzi left.",
            "the walkhelp came, then walkhelp left, and walkhelp spoke.",
            "so walkhelp won, and walkhelp lost.");

        var names = new EntityExtractor(gazetteer).Extract(sentences).Select(i => i.Name).ToList();

        Assert.Contains("Zorkha", names);
        Assert.DoesNotContain("Mbedzi", names);
        Assert.DoesNotContain("Walkhelp", names);
    }

    [Fact]
    public void Sentence_initial_words_count_only_when_capitalised_elsewhere()
    {
        var items = new EntityExtractor(Gazetteer.Empty).Extract(Sentences(
            "Mostly it works.",
            "Orvella makes the parts.",
            "We buy from Orvella every year.",
            "Mostly they ship on time."));

        Assert.Contains(items, i => i.Name == "Orvella" && i.Mentions == 2 && i.FirstSentence == 1);
        Assert.DoesNotContain(items, i => i.Name == "Mostly");
    }

    [Fact]
    public void Glossary_entries_give_spelling_type_description_and_link_even_in_lowercase_text()
    {
        var gazetteer = Gazetteer.CreateBuilder()
            .AddGlossary([new GlossaryEntry("Kestrel Dynamics", ["kestral dynamics"], EntityType.Organization, "Drone maker.", "https://example.org/k")])
            .Build();

        var items = new EntityExtractor(gazetteer).Extract(Sentences("they work at kestrel dynamics now."));

        var item = Assert.Single(items);
        Assert.Equal(("Kestrel Dynamics", EntityType.Organization, 1, 0, "Drone maker.", "https://example.org/k"), (item.Name, item.Type, item.Mentions, item.FirstSentence, item.Description, item.Link));
        Assert.Equal([0], item.MentionSentences.AsEnumerable());
    }

    [Fact]
    public void Months_days_and_the_pronoun_I_are_not_entities()
    {
        var items = new EntityExtractor(Gazetteer.Empty).Extract(Sentences(
            "In March I said so.", "Then in March I said it again on Monday.", "And on Monday I left."));

        Assert.Empty(items);
    }

    [Fact]
    public void Output_is_deterministic_and_ordered_by_weight()
    {
        var sentences = Sentences(
            "We read Ostrander and Velloway.", "Then Velloway again.", "And Velloway once more, with Ostrander.");
        var extractor = new EntityExtractor(Gazetteer.Empty);

        var first = extractor.Extract(sentences);
        var second = extractor.Extract(sentences);

        Assert.Equal(first.Select(i => (i.Name, i.Type, i.Mentions, string.Join(',', i.MentionSentences), i.Context)), second.Select(i => (i.Name, i.Type, i.Mentions, string.Join(',', i.MentionSentences), i.Context)));
        Assert.Equal(new[] { "Velloway", "Ostrander" }, first.Select(i => i.Name));
    }
}
