using System.Collections.Immutable;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Settings;
using SiteGen.Text.Chapters;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Tests.Building;

/// <summary>The per-episode analysis cache: an unchanged episode is read back, not analysed again; a model change re-analyses.</summary>
public sealed class AnalysisCacheTests
{
    private static readonly SiteSettings Settings = new() { PodcastName = "Fixture Radio", Hosts = ["Dana Cole"] };

    [Fact]
    public async Task An_unchanged_episode_is_read_back_neither_parsed_nor_analysed_and_a_model_change_analyses_it_again()
    {
        using var temp = new TempFolder();
        var first = await Analyse(temp.Path, "model-a");
        Assert.Equal(2, first.Episodes.Length);
        Assert.Equal(0, first.Hits);
        Assert.All(first.Episodes, e => Assert.False(LoadAnalysis.IsCached(e)));

        // Unchanged: one hit per file for its metadata (the draft's too) and one per episode for its analysis, nothing
        // else read, missed or written; the results are the same.
        var second = await Analyse(temp.Path, "model-a");
        Assert.Equal(3 + first.Episodes.Length, second.Hits);
        Assert.Equal(0, second.Misses);
        Assert.Equal(0, second.Writes);
        Assert.All(second.Episodes, e => Assert.True(LoadAnalysis.IsCached(e)));
        for (var i = 0; i < first.Episodes.Length; i++)
        {
            AssertSameAnalysis(first.Episodes[i], second.Episodes[i]);
        }

        // Another model: the analysis and the restoration miss, and the episodes are parsed and analysed again.
        var third = await Analyse(temp.Path, "model-b");
        Assert.True(third.Misses >= 2 * first.Episodes.Length, $"{third.Misses} misses");
        Assert.All(third.Episodes, e => Assert.False(LoadAnalysis.IsCached(e)));
        for (var i = 0; i < first.Episodes.Length; i++)
        {
            AssertSameAnalysis(first.Episodes[i], third.Episodes[i]);
        }
    }

    [Fact]
    public async Task When_only_the_sites_names_change_episodes_are_named_again_from_their_restored_sentences_and_keep_their_outlines()
    {
        using var temp = new TempFolder();
        var first = await Analyse(temp.Path, "model-a");

        // A glossary entry no episode mentions: every analysis misses, the same result comes back.
        var second = await Analyse(temp.Path, "model-a", [new GlossaryEntry("Zebulon Quartermaine", [], EntityType.Person, null, null)]);

        Assert.All(second.Episodes, e => Assert.False(LoadAnalysis.IsCached(e)));
        Assert.Equal(first.Episodes.Length, second.Misses);

        // Read back: each file's metadata (the draft's too), and each episode's restored sentences and outline.
        Assert.Equal(3 + (2 * first.Episodes.Length), second.Hits);
        for (var i = 0; i < first.Episodes.Length; i++)
        {
            AssertSameAnalysis(first.Episodes[i], second.Episodes[i]);
        }
    }

    // ImmutableArray's own equality compares array references: compare the elements.
    private static void AssertSameAnalysis(Document expected, Document actual)
    {
        Assert.Equal(Items<Sentence>(expected, Keys.Sentences), Items<Sentence>(actual, Keys.Sentences));
        Assert.Equal(
            expected.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs).Select(p => p.Text),
            actual.Get<ImmutableArray<Paragraph>>(Keys.Paragraphs).Select(p => p.Text));
        Assert.Equal(Items<Chapter>(expected, Keys.Chapters), Items<Chapter>(actual, Keys.Chapters));
        var (summary, cachedSummary) = (expected.Get<EpisodeSummary>(Keys.Summary), actual.Get<EpisodeSummary>(Keys.Summary));
        Assert.Equal([.. summary.Sentences], [.. cachedSummary.Sentences]);
        Assert.Equal(summary.Description, cachedSummary.Description);
        Assert.Equal(
            expected.Get<ImmutableArray<GlossaryItem>>(Keys.Glossary).Select(g => g.Name),
            actual.Get<ImmutableArray<GlossaryItem>>(Keys.Glossary).Select(g => g.Name));
        Assert.Equal(Items<string>(expected, Keys.EntityNames), Items<string>(actual, Keys.EntityNames));
        Assert.Equal(
            Items<NameReplacement>(expected, Keys.NameRepairs),
            Items<NameReplacement>(actual, Keys.NameRepairs));
    }

    private static T[] Items<T>(Document document, string key) => [.. document.Get<ImmutableArray<T>>(key)];

    private static async Task<(ImmutableArray<Document> Episodes, long Hits, long Misses, long Writes)> Analyse(
        string folder, string model, ImmutableArray<GlossaryEntry> glossary = default)
    {
        glossary = glossary.IsDefault ? [] : glossary;
        var cache = new ContentCache(Path.Combine(folder, "cache"));
        var engine = new Engine(new EngineOptions { Cache = cache });
        engine.Add(new Pipeline("Episodes")
        {
            Input = [new ReadTranscripts(Repository.Fixture("site"))],
            Process =
            [
                new ParseTranscript(Settings),
                new AssignSlugs(),
                new LoadAnalysis(Settings, glossary, model),
                new CleanTranscript(),
                new RestorePunctuation(model),
                new RepairNames(Settings, glossary),
                new BuildParagraphs(),
                new OutlineEpisode(Settings),
                new ExtractGlossary(Settings, glossary),
                new StoreAnalysis(),
            ],
        });
        var result = await engine.RunAsync();
        return (result.Outputs["Episodes"], cache.Hits, cache.Misses, cache.Writes);
    }
}
