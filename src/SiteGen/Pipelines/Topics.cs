using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Rendering;
using SiteGen.Settings;
using SiteGen.Text.Transcripts;

namespace SiteGen.Pipelines;

/// <summary>A page per topic (a named entity that more than one episode discusses) and the topic index.</summary>
internal static class Topics
{
    public const string Name = nameof(Topics);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name, Assets.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            ExpandPages.Create("CreateTopicPages", context => Pages(site, context)),
            new RenderPages("RenderTopicPage", site, (d, _) => d.Get<PageSpec>(ExpandPages.SpecKey)),
            site.Writer(),
        ],
    };

    /// <summary>Topics shared by at least two episodes; a topic only one episode mentions is that episode's glossary.</summary>
    public static SortedDictionary<string, List<Document>> Collect(IEnumerable<Document> episodes, SiteSettings settings)
    {
        // The show itself and its hosts are in every episode; they are not a topic.
        var excluded = new HashSet<string>(settings.Hosts, StringComparer.Ordinal) { settings.Title };
        if (settings.PodcastName is { } podcast)
        {
            excluded.Add(podcast);
        }

        var byTopic = new SortedDictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var episode in episodes)
        {
            var guests = episode.Get<TranscriptMetadata>(Keys.Episode).Guests;
            foreach (var topic in episode.GetOrDefault(Keys.EntityNames, ImmutableArray<string>.Empty))
            {
                if (guests.Contains(topic, StringComparer.Ordinal) || excluded.Contains(topic))
                {
                    continue;
                }

                if (!byTopic.TryGetValue(topic, out var list))
                {
                    byTopic[topic] = list = [];
                }

                list.Add(episode);
            }
        }

        foreach (var single in byTopic.Where(kv => kv.Value.Count < 2).Select(kv => kv.Key).ToList())
        {
            byTopic.Remove(single);
        }

        return byTopic;
    }

    private static IEnumerable<PageSpec> Pages(SiteContext site, IExecutionContext context)
    {
        var byTopic = Collect(context.Outputs[Episodes.Name], site.Settings);
        foreach (var (topic, episodes) in byTopic)
        {
            var items = episodes.Select(e => new LinkItem(
                EpisodePage.Title(e.Get<TranscriptMetadata>(Keys.Episode)),
                Links.Episode(e.Get<string>(Keys.Slug)),
                e.Get<TranscriptMetadata>(Keys.Episode).Date is { } d ? Formats.Date(d) : null)).ToImmutableArray();
            yield return ListPage.Spec(Links.Topic(topic), topic, $"Episodes that discuss {topic}.", $"{episodes.Count} episodes discuss {topic}.", items);
        }

        var index = byTopic
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new LinkItem(kv.Key, Links.Topic(kv.Key), $"{kv.Value.Count} episodes"))
            .ToImmutableArray();
        yield return ListPage.Spec("topics/index.html", "Topics", "People, organisations, works and ideas discussed in more than one episode.", index.IsEmpty ? "No topic is shared by two episodes yet." : null, index);
    }
}
