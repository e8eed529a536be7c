using System.Collections.Immutable;
using SiteGen.Text.Similarity;

namespace SiteGen.Text.Tests.Similarity;

public sealed class RelatedEpisodesIndexTests
{
    private const string Filler = "so we talked about it and then we talked about it again and it was what it was. ";

    private static readonly RelatedEpisodeInput[] Site =
    [
        Episode("black-holes", "black holes and event horizons, black holes evaporate through hawking radiation; spacetime curves around black holes", guests: "Kip Thorne"),
        Episode("gravity", "gravitational waves ripple spacetime; black holes merge and spacetime rings; an event horizon and gravitational waves"),
        Episode("cooking", "sourdough bread needs a starter; knead the sourdough dough, proof the dough, bake the bread in a hot oven"),
        Episode("baking", "croissant dough needs butter; laminate the dough, proof the croissants, the oven bakes pastry and bread"),
        Episode("chess", "chess openings, the sicilian defence and the queen's gambit; endgames decide chess tournaments; grandmasters memorise openings"),
        Episode("go", "the game of go: joseki openings, territory and influence; go tournaments and professional go players study openings"),
        Episode("kip-again", "interstellar wormholes and time travel; relativity puzzles for the movie", guests: "Kip Thorne"),
    ];

    [Fact]
    public void Episodes_sharing_distinctive_topics_rank_first()
    {
        var index = RelatedEpisodesIndex.Build(Site);

        Assert.Equal("gravity", index.RelatedTo("black-holes")[0].Id);
        Assert.Equal("baking", index.RelatedTo("cooking")[0].Id);
        Assert.Equal("go", index.RelatedTo("chess")[0].Id);
    }

    [Fact]
    public void Reasons_name_the_shared_topic_words_in_a_readable_spelling()
    {
        var index = RelatedEpisodesIndex.Build(Site);

        RelatedEpisode gravity = index.RelatedTo("black-holes").Single(r => r.Id == "gravity");

        // "horizons" and "horizon" share a stem; the shorter spelling is shown.
        Assert.Contains("spacetime", gravity.Reasons);
        Assert.Contains("horizon", gravity.Reasons);
        Assert.DoesNotContain("horizons", gravity.Reasons);
    }

    [Fact]
    public void A_shared_guest_links_episodes_with_no_words_in_common_and_says_so()
    {
        var withGuests = RelatedEpisodesIndex.Build(Site);
        var withoutGuests = RelatedEpisodesIndex.Build(Site.Select(e => e with { Guests = [] }));

        Assert.DoesNotContain(withoutGuests.RelatedTo("kip-again"), r => r.Id == "black-holes");
        RelatedEpisode link = withGuests.RelatedTo("kip-again")[0];
        Assert.Equal("black-holes", link.Id);
        Assert.Equal("shared guest: Kip Thorne", link.Reasons[0]);
    }

    [Fact]
    public void Guest_names_match_regardless_of_case_and_spacing_and_display_capitalised()
    {
        RelatedEpisodeInput[] site =
        [
            Episode("a", "nothing shared here", guests: "jane  doe"),
            Episode("b", "completely different words", guests: "Jane Doe"),
        ];

        RelatedEpisode link = Assert.Single(RelatedEpisodesIndex.Build(site).RelatedTo("a"));

        Assert.Equal("b", link.Id);
        Assert.Equal(["shared guest: Jane Doe"], link.Reasons.AsEnumerable());
    }

    [Fact]
    public void A_name_most_episodes_share_is_not_given_as_a_reason()
    {
        RelatedEpisodeInput[] site =
        [
            Episode("a", "tides and moons", entities: ["Open Radio Show", "Galileo"]),
            Episode("b", "tides and moons", entities: ["Open Radio Show", "Galileo"]),
            Episode("c", "cooking pasta", entities: ["Open Radio Show"]),
            Episode("d", "cooking rice", entities: ["Open Radio Show"]),
            Episode("e", "cooking bread", entities: ["Open Radio Show"]),
            Episode("f", "cooking soup", entities: ["Open Radio Show"]),
        ];

        RelatedEpisode link = RelatedEpisodesIndex.Build(site).RelatedTo("a")[0];

        Assert.Equal("b", link.Id);
        Assert.Contains("Galileo", link.Reasons);
        Assert.DoesNotContain("Open Radio Show", link.Reasons);
    }

    [Fact]
    public void Shared_rare_entities_add_to_the_score_and_appear_as_reasons()
    {
        RelatedEpisodeInput[] site =
        [
            Episode("a", "robots and learning", entities: ["Boston Dynamics", "MIT"]),
            Episode("b", "robots and learning", entities: ["MIT"]),
            Episode("c", "robots and learning", entities: ["Boston Dynamics", "MIT"]),
        ];

        ImmutableArray<RelatedEpisode> related = RelatedEpisodesIndex.Build(site).RelatedTo("a");

        Assert.Equal(["c", "b"], related.Select(r => r.Id));
        Assert.Contains("Boston Dynamics", related[0].Reasons);
        Assert.True(related[0].Score > related[1].Score);
    }

    [Fact]
    public void Output_does_not_depend_on_input_order()
    {
        var forward = RelatedEpisodesIndex.Build(Site).ComputeAll();
        var backward = RelatedEpisodesIndex.Build(Site.Reverse()).ComputeAll();

        Assert.Equal(Flatten(forward), Flatten(backward));
        Assert.Equal(Site.Select(e => e.Id).Order(StringComparer.Ordinal), forward.Keys);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_id()
    {
        RelatedEpisodeInput[] site =
        [
            Episode("m", "telescope mirrors"),
            Episode("z", "telescope mirrors"),
            Episode("b", "telescope mirrors"),
            Episode("a", "telescope mirrors"),
        ];

        Assert.Equal(["a", "b", "z"], RelatedEpisodesIndex.Build(site).RelatedTo("m").Select(r => r.Id));
    }

    [Fact]
    public void At_most_max_results_and_at_least_min_results_when_available()
    {
        var site = Enumerable.Range(0, 12)
            .Select(i => Episode($"e{i:D2}", $"telescope mirrors {new string('q', i + 3)} lenses"))
            .ToArray();
        var options = RelatedEpisodesOptions.Default with { MaxResults = 5, MinResults = 3, RelativeCutoff = 1.0 };

        var all = RelatedEpisodesIndex.Build(site, options).ComputeAll();

        Assert.All(all.Values, related => Assert.InRange(related.Length, 3, 5));
        Assert.All(all, pair => Assert.DoesNotContain(pair.Value, r => r.Id == pair.Key));
    }

    [Fact]
    public void Weak_results_beyond_the_minimum_are_cut_relative_to_the_best()
    {
        RelatedEpisodeInput[] site =
        [
            Episode("q", "nebula nebula quasar quasar pulsar pulsar comet comet"),
            Episode("strong", "nebula nebula quasar quasar pulsar pulsar comet comet"),
            Episode("weak1", "comet comet bread bread"),
            Episode("weak2", "comet comet butter butter"),
            Episode("weak3", "comet comet flour flour"),
            Episode("filler", "bread bread butter butter flour flour"),
        ];

        var loose = RelatedEpisodesIndex.Build(site, RelatedEpisodesOptions.Default with { MinResults = 1, RelativeCutoff = 0 });
        var strict = RelatedEpisodesIndex.Build(site, RelatedEpisodesOptions.Default with { MinResults = 1, RelativeCutoff = 0.9 });

        Assert.Equal(4, loose.RelatedTo("q").Length);
        Assert.Equal(["strong"], strict.RelatedTo("q").Select(r => r.Id));
    }

    [Fact]
    public void Profiles_keep_only_the_most_distinctive_terms()
    {
        // With one profile term, "a" keeps its most weighted word (said most often), so only "b" shares it.
        RelatedEpisodeInput[] site =
        [
            Episode("a", "zebra zebra zebra zebra zebra lion lion"),
            Episode("b", "zebra zebra"),
            Episode("c", "lion lion"),
        ];

        var narrow = RelatedEpisodesIndex.Build(site, RelatedEpisodesOptions.Default with { ProfileTerms = 1 });
        var wide = RelatedEpisodesIndex.Build(site, RelatedEpisodesOptions.Default with { ProfileTerms = 10 });

        Assert.Equal(["b"], narrow.RelatedTo("a").Select(r => r.Id));
        Assert.Equal(["b", "c"], wide.RelatedTo("a").Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_said_once_is_not_a_topic()
    {
        RelatedEpisodeInput[] site =
        [
            new RelatedEpisodeInput("a", "zebra " + Filler, [], []),
            new RelatedEpisodeInput("b", "zebra " + Filler, [], []),
        ];

        Assert.Empty(RelatedEpisodesIndex.Build(site).RelatedTo("a"));
        Assert.Single(RelatedEpisodesIndex.Build(site, RelatedEpisodesOptions.Default with { MinTermFrequency = 1 }).RelatedTo("a"));
    }

    [Fact]
    public void Words_counted_beforehand_give_the_same_links_as_the_text()
    {
        var counted = Site.Select(e => new RelatedEpisodeInput(e.Id, EpisodeWords.Of(e.Text), e.Entities, e.Guests)).ToArray();

        Assert.Equal(Flatten(RelatedEpisodesIndex.Build(Site).ComputeAll()), Flatten(RelatedEpisodesIndex.Build(counted).ComputeAll()));
        var words = EpisodeWords.Of(Site[0].Text);
        Assert.Equal(words.Counts, EpisodeWords.From(words.Counts).Counts);
    }

    [Fact]
    public void Word_counts_are_lowercased_and_read_back_only_when_sound()
    {
        Assert.Equal(
            [KeyValuePair.Create("the", 2), KeyValuePair.Create("seal", 2), KeyValuePair.Create("seals", 1)],
            EpisodeWords.Of("The seal, the SEAL; seals.").Counts);
        Assert.Throws<ArgumentException>(() => EpisodeWords.From([KeyValuePair.Create("a", 1), KeyValuePair.Create("a", 2)]));
        Assert.Throws<ArgumentException>(() => EpisodeWords.From([KeyValuePair.Create("a", 0)]));
        Assert.Throws<ArgumentException>(() => EpisodeWords.From([KeyValuePair.Create("", 1)]));
    }

    [Fact]
    public void Duplicate_ids_and_unknown_ids_are_errors()
    {
        Assert.Throws<ArgumentException>(() => RelatedEpisodesIndex.Build([Episode("x", "a"), Episode("x", "b")]));
        Assert.Throws<KeyNotFoundException>(() => RelatedEpisodesIndex.Build(Site).RelatedTo("nope"));
    }

    [Fact]
    public void Empty_site_and_single_episode_have_no_links()
    {
        Assert.Empty(RelatedEpisodesIndex.Build([]).ComputeAll());
        Assert.Empty(RelatedEpisodesIndex.Build([Episode("only", "black holes black holes")]).RelatedTo("only"));
    }

    private static RelatedEpisodeInput Episode(string id, string text, string[]? entities = null, string? guests = null)
    {
        // Repeating the text makes each topic word frequent enough to count as a topic.
        string body = string.Concat(Enumerable.Repeat(text + " " + Filler, 2));
        return new RelatedEpisodeInput(id, body, [.. entities ?? []], guests is null ? [] : [guests]);
    }

    private static List<string> Flatten(ImmutableSortedDictionary<string, ImmutableArray<RelatedEpisode>> all) =>
        [.. all.SelectMany(pair => pair.Value.Select(r =>
            FormattableString.Invariant($"{pair.Key}>{r.Id}:{r.Score:R}:{string.Join('|', r.Reasons)}")))];
}
