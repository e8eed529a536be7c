using System.Collections.Immutable;
using SiteGen.Core.Pipelines;
using SiteGen.Modules;
using SiteGen.Pipelines;

namespace SiteGen.Rendering;

/// <summary>The fingerprinted paths of the theme's stylesheet and script, as templates see them (<c>assets.css</c>).</summary>
internal sealed record AssetMap(string Css, string Js)
{
    public static AssetMap From(IExecutionContext context)
    {
        var byName = context.Outputs.TryGet(Assets.Name, out var documents)
            ? documents.Where(d => d.Metadata.ContainsKey(CopyAssets.LogicalKey)).ToImmutableDictionary(d => d.Get<string>(CopyAssets.LogicalKey), d => d.Destination!, StringComparer.Ordinal)
            : ImmutableDictionary<string, string>.Empty;
        return new AssetMap(byName.GetValueOrDefault("site.css", "assets/site.css"), byName.GetValueOrDefault("site.js", "assets/site.js"));
    }
}
