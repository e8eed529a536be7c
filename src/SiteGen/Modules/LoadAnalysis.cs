using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Settings;
using SiteGen.Text.Names;
using SiteGen.Text.Transcripts;

namespace SiteGen.Modules;

/// <summary>
/// Looks up each episode's whole analysis in the cache before the text stages run; a found one is applied and the
/// stages pass the episode through untouched. The key covers everything the stages read: the input's bytes and
/// sidecar, the site's names, the episode's context (title, podcast, guests, hosts) and the text library's build.
/// </summary>
/// <param name="version">Overrides the text library's build in the key (tests stand in a model change with it).</param>
internal sealed class LoadAnalysis(SiteSettings settings, ImmutableArray<GlossaryEntry> glossary, string? version = null) : IModule
{
    /// <summary>The analysis cache key of the episode (string).</summary>
    public const string KeyKey = "AnalysisKey";

    /// <summary>
    /// A hash of the analysis itself (string), set when there is a cache. Pages, downloads and related episodes are
    /// keyed by it rather than by <see cref="KeyKey"/>: an episode analysed again with the same result (the site's names
    /// changed, but not for this episode) then makes nothing new downstream.
    /// </summary>
    public const string ContentKeyKey = "AnalysisContentKey";

    /// <summary>Set (true) when the analysis came from the cache: the text stages skip the episode.</summary>
    public const string CachedKey = "AnalysisCached";

    public string Name => nameof(LoadAnalysis);

    public static bool IsCached(Document document) => document.GetOrDefault(CachedKey, false);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context, CancellationToken ct)
    {
        var names = SiteGazetteer.Fingerprint(settings, glossary, inputs.Select(d => d.Get<TranscriptMetadata>(Keys.Episode)));
        var cache = context.Cache;
        var outputs = new Document[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxDegreeOfParallelism), CancellationToken = ct }, i =>
        {
            var document = inputs[i];
            var key = ContentCache.ComputeKey(
                nameof(EpisodeAnalysis) + EpisodeAnalysisFormat.Version,
                version ?? StageCache.CodeVersion,
                document.Get<string>(Keys.Fingerprint),
                names,
                EpisodeContexts.Describe(EpisodeContexts.Of(document, settings)));
            document = document.With(KeyKey, key);
            if (cache is not null && cache.TryGet(key, out var bytes) && EpisodeAnalysisFormat.Read(bytes) is { } analysis)
            {
                // The raw text and the parsed transcript are consumed: an analysed episode does not carry them on.
                document = analysis.ApplyTo(document.WithContent(string.Empty).WithMetadata(document.Metadata.Without(Keys.Transcript)))
                    .With(CachedKey, true)
                    .With(ContentKeyKey, EpisodeAnalysisFormat.ContentKey(bytes));

                // The restored sentences and the outline are not read, but must outlive this build: when the site's names
                // change, every episode is analysed again from them instead of from scratch.
                cache.Touch(RestorePunctuation.KeyOf(document.Get<string>(Keys.Fingerprint), version));
                if (analysis.OutlineKey.Length > 0)
                {
                    cache.Touch(analysis.OutlineKey);
                }
            }

            outputs[i] = document;
        });
        return Task.FromResult(ImmutableArray.Create(outputs));
    }
}
