using System.Collections.Immutable;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;

namespace SiteGen.Modules;

/// <summary>
/// Stores each freshly analysed episode under the key <see cref="LoadAnalysis"/> made, and drops what the text stages
/// consumed (raw text, parsed transcript, words) so the site-wide steps hold only the results.
/// </summary>
internal sealed class StoreAnalysis() : MapModuleBase(nameof(StoreAnalysis))
{
    protected override bool SkipsCachedAnalysis => false;

    protected override Document Map(Document input, IExecutionContext context)
    {
        if (!LoadAnalysis.IsCached(input) && context.Cache is { } cache && input.TryGet<string>(LoadAnalysis.KeyKey, out var key)
            && EpisodeAnalysis.Of(input) is { } analysis)
        {
            var bytes = EpisodeAnalysisFormat.Write(analysis);
            cache.Set(key, bytes);
            input = input.With(LoadAnalysis.ContentKeyKey, EpisodeAnalysisFormat.ContentKey(bytes));
        }

        return input.WithContent(string.Empty).WithMetadata(input.Metadata.Without(Keys.Transcript).Without(Keys.Words));
    }
}
