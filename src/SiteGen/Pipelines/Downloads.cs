using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Rendering;

namespace SiteGen.Pipelines;

/// <summary>Per-episode transcript and chapter files (text, Podcasting 2.0 JSON, WebVTT, SRT, chapters.json).</summary>
internal static class Downloads
{
    public const string Name = nameof(Downloads);

    public static Pipeline Create(SiteContext site) => new(Name)
    {
        Dependencies = [Episodes.Name],
        Input = [new Seed(new Document(null, null, ""))],
        Output =
        [
            new MapMany("CreateDownloads", context => Files(context)),
            site.Writer(),
        ],
    };

    private static IEnumerable<Document> Files(IExecutionContext context)
    {
        foreach (var episode in context.Outputs[Episodes.Name])
        {
            var slug = episode.Get<string>(Keys.Slug);
            foreach (var file in EpisodeDownloads.For(episode))
            {
                yield return new Document(episode.Source, $"{slug}/{file.FileName}", file.Write());
            }
        }
    }
}
