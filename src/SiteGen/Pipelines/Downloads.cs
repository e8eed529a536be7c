using System.Collections.Immutable;
using System.Text.Json;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Rendering;
using SiteGen.Text.Transcripts;

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
            // The files are made from the analysis and the episode's metadata alone: unchanged ones are not made again.
            var key = episode.TryGet<string>(LoadAnalysis.ContentKeyKey, out var analysis)
                ? ContentCache.ComputeKey("Download", OutputManifest.CodeVersion, analysis, JsonSerializer.Serialize(episode.Get<TranscriptMetadata>(Keys.Episode)))
                : null;
            foreach (var file in EpisodeDownloads.For(episode))
            {
                var document = new Document(episode.Source, $"{slug}/{file.FileName}", string.Empty).With(WriteFiles.ContentFactoryKey, file.Write);
                yield return key is null ? document : document.With(WriteFiles.ReuseKey, key);
            }
        }
    }
}
