using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Caching;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Pipelines;
using SiteGen.Rendering;

namespace SiteGen.Modules;

/// <summary>Renders a page per document with the theme's layout; <paramref name="describe"/> says which page, or null for none.</summary>
/// <param name="inputs">
/// Optional, for pages whose view is costly to build: the page's destination and a key of everything
/// <paramref name="describe"/> reads. With a previous build on record, a page whose key is unchanged is neither
/// described nor rendered.
/// </param>
internal sealed class RenderPages(
    string name,
    SiteContext site,
    Func<Document, IExecutionContext, PageSpec?> describe,
    Func<Document, IExecutionContext, PageInputs?>? inputs = null) : PerDocumentModule
{
    private Tuple<ImmutableDictionary<string, object?>, string>? _shared;

    public override string Name => name;

    protected override ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(Document input, IExecutionContext context, CancellationToken ct)
    {
        var (shared, sharedKey) = LazyInitializer.EnsureInitialized(ref _shared, () => SharedValues(context));
        if (site.Manifest is not null && inputs?.Invoke(input, context) is { } known)
        {
            var lazy = input.WithContent(string.Empty).WithDestination(known.Destination)
                .With(WriteFiles.ReuseKey, ContentCache.ComputeKey(name, OutputManifest.CodeVersion, sharedKey, known.Key))
                .With(WriteFiles.ContentFactoryKey, new Func<string>(() =>
                {
                    var spec = describe(input, context);
                    if (spec?.Destination != known.Destination)
                    {
                        throw new InvalidOperationException($"{name}: the page's inputs say {known.Destination}, its view says {spec?.Destination ?? "no page"}.");
                    }

                    return site.Theme.RenderPage(spec.Template, Values(spec, shared));
                }));
            return ValueTask.FromResult(ImmutableArray.Create(lazy));
        }

        var spec = describe(input, context);
        if (spec is null)
        {
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        var values = Values(spec, shared);
        if (site.Manifest is null)
        {
            var html = site.Theme.RenderPage(spec.Template, values);
            return ValueTask.FromResult(ImmutableArray.Create(input.WithContent(html).WithDestination(spec.Destination)));
        }

        // With a previous build on record, the page is rendered only if its key is new (see WriteFiles). The values
        // every page shares are hashed once.
        var page = input.WithContent(string.Empty).WithDestination(spec.Destination)
            .With(WriteFiles.ReuseKey, PageKey.Of(spec.Template, sharedKey, values.RemoveRange(shared.Keys)))
            .With(WriteFiles.ContentFactoryKey, new Func<string>(() => site.Theme.RenderPage(spec.Template, values)));
        return ValueTask.FromResult(ImmutableArray.Create(page));
    }

    private Tuple<ImmutableDictionary<string, object?>, string> SharedValues(IExecutionContext context)
    {
        var values = ImmutableDictionary<string, object?>.Empty
            .Add("site", SiteViews.Of(site.Settings))
            .Add("assets", AssetMap.From(context))
            .Add("search", new { enabled = site.SearchEnabled })
            .Add("nav", Navigation.Links);
        return Tuple.Create(values, PageKey.Of(string.Empty, site.Theme.Fingerprint, values));
    }

    private ImmutableDictionary<string, object?> Values(PageSpec spec, ImmutableDictionary<string, object?> shared)
    {
        var settings = site.Settings;
        var baseUrl = settings.NormalizedBaseUrl;
        var page = new PageView(
            spec.Title,
            spec.Description,
            baseUrl is null ? null : baseUrl + spec.PrettyPath,
            PageView.RootOf(spec.Destination),
            spec.OgType,
            settings.Artwork is { } art && baseUrl is not null && !art.Contains("://", StringComparison.Ordinal) ? baseUrl + art.TrimStart('/') : settings.Artwork,
            spec.JsonLd,
            spec.Searchable);
        return spec.Values.SetItems(shared).SetItem("page", page);
    }
}
