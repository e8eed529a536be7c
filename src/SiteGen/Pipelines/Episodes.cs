using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Publishing;
using SiteGen.Rendering;
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
            new SegmentChapters(site.Settings),
            new Summarize(site.Settings),
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
            new RenderPages("RenderEpisodePage", site, (d, c) => Describe(site, d, c)),
            site.Writer(),
        ],
    };

    private static PageSpec Describe(SiteContext site, Document document, IExecutionContext context)
    {
        var metadata = document.Get<TranscriptMetadata>(Keys.Episode);
        var slug = document.Get<string>(Keys.Slug);
        var destination = Links.Episode(slug);
        var root = PageView.RootOf(destination);
        var bySlug = context.Outputs[Name].ToDictionary(d => d.Get<string>(Keys.Slug), StringComparer.Ordinal);
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
