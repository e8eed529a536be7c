using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Text.Names;
using SiteGen.Text.Similarity;
using SiteGen.Text.Transcripts;

namespace SiteGen.Pipelines;

/// <summary>Transcripts in, episode pages out: every text stage runs here, one document per episode.</summary>
internal static class Episodes
{
    public const string Name = nameof(Episodes);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Assets.Name],
        Input = [new ReadTranscripts(site.InputDirectory)],
        Process =
        [
            new ParseTranscript(site.Settings),
            new AssignSlugs(),
            new LoadAnalysis(site.Settings, site.Glossary),
            new CleanTranscript(),
            new RestorePunctuation(),
            new RepairNames(site.Settings, site.Glossary),
            new BuildParagraphs(),
            new OutlineEpisode(site.Settings),
            new ExtractGlossary(site.Settings, site.Glossary),
            new StoreAnalysis(),
        ],
        PostProcess =
        [
            new LinkAppearances(),
            new MarkSiteEntities(site.Settings),
            new LinkRelatedEpisodes(),
        ],
        Output =
        [
            new RenderPages("RenderEpisodePage", site, (d, c) => Describe(site, d, c), (d, c) => Inputs(site, d, c)),
            site.Writer(),
        ],
    };

    /// <summary>
    /// Everything <see cref="Describe"/> reads: the analysis (under its cache key), the episode's metadata and slug, the
    /// site-wide links (appearances, related episodes and their titles, names linked from the text), the settings.
    /// </summary>
    private static PageInputs? Inputs(SiteContext site, Document document, IExecutionContext context)
    {
        if (!document.TryGet<string>(LoadAnalysis.ContentKeyKey, out var analysis))
        {
            return null;
        }

        var slug = document.Get<string>(Keys.Slug);
        var bySlug = BySlug(context);
        var names = document.GetOrDefault(Keys.SiteNames, SiteNames.Empty);
        var related = document.GetOrDefault(Keys.Related, ImmutableArray<RelatedEpisode>.Empty);
        // The page shows each related episode's title and the reasons, not the score: scores shift a little whenever any
        // episode changes, and must not make every page new.
        var shown = related.Select(r => (bySlug.TryGetValue(r.Id, out var d) ? EpisodePage.Title(d.Get<TranscriptMetadata>(Keys.Episode)) : "") + "\t" + r.Id + "\t" + (r.Reasons.IsDefault ? "" : string.Join('\t', r.Reasons)));
        var glossaryLinks = document.GetOrDefault(Keys.Glossary, ImmutableArray<GlossaryItem>.Empty)
            .Select(i => names.Guests.Contains(i.Name) ? 'g' : names.Entities.Contains(i.Name) ? 'e' : '-');
        var key = ContentCache.ComputeKey(
            "EpisodePageInputs",
            analysis,
            slug,
            JsonSerializer.Serialize(site.Settings),
            JsonSerializer.Serialize(document.Get<TranscriptMetadata>(Keys.Episode)),
            JsonSerializer.Serialize(document.GetOrDefault(Keys.Appearances, ImmutableArray<AppearanceView>.Empty)),
            string.Join('\n', shown),
            JsonSerializer.Serialize(TermLinks(document)),
            new string([.. glossaryLinks]));
        return new PageInputs(Links.Episode(slug), key);
    }

    // Every page looks up the episodes it links to: the table is made once per build.
    private static readonly ConditionalWeakTable<PipelineOutputs, Dictionary<string, Document>> BySlugTables = new();

    private static Dictionary<string, Document> BySlug(IExecutionContext context) =>
        BySlugTables.GetValue(context.Outputs, outputs => outputs[Name].ToDictionary(d => d.Get<string>(Keys.Slug), StringComparer.Ordinal));

    private static PageSpec Describe(SiteContext site, Document document, IExecutionContext context)
    {
        var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
        var slug = document.Get<string>(Keys.Slug);
        var destination = Links.Episode(slug);
        var root = PageView.RootOf(destination);
        var bySlug = BySlug(context);
        var view = EpisodePage.View(document, root, TermLinks(document), bySlug);
        var channel = SiteFeed.Channel(site.Settings, out _);
        return new PageSpec("episode", destination, view.Title, EpisodePage.Description(document), ImmutableDictionary<string, object?>.Empty.Add("episode", view))
        {
            OgType = "article",
            Searchable = true,
            JsonLd = channel is null ? null : JsonLd.PodcastEpisode(channel, SiteFeed.Item(channel, site.Settings, document)),
        };
    }

    /// <summary>Guests of other episodes and topics with their own page link there from their first mention here.</summary>
    private static ImmutableArray<TermLink> TermLinks(Document document)
    {
        var own = document.Get<TranscriptMetadata>(Keys.Episode).Guests;
        var names = document.GetOrDefault(Keys.SiteNames, SiteNames.Empty);
        var topics = document.GetOrDefault(Keys.EntityNames, ImmutableArray<string>.Empty)
            .Where(names.Topics.Contains)
            .Where(t => !own.Contains(t, StringComparer.Ordinal));
        return
        [
            .. names.Guests.Where(g => !own.Contains(g, StringComparer.Ordinal)).Order(StringComparer.Ordinal).Select(g => new TermLink(g, Links.Guest(g))),
            .. topics.Order(StringComparer.Ordinal).Select(t => new TermLink(t, Links.Entity(t))),
        ];
    }
}
