using System.Collections.Immutable;
using SiteGen.Building;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Pipelines;
using SiteGen.Rendering;

namespace SiteGen.Modules;

/// <summary>Renders a page per document with the theme's layout; <paramref name="describe"/> says which page, or null for none.</summary>
internal sealed class RenderPages(string name, SiteContext site, Func<Document, IExecutionContext, PageSpec?> describe) : PerDocumentModule
{
    public override string Name => name;

    protected override ValueTask<ImmutableArray<Document>> ExecuteDocumentAsync(Document input, IExecutionContext context, CancellationToken ct)
    {
        var spec = describe(input, context);
        if (spec is null)
        {
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        var values = Values(spec, site, context);
        if (site.Manifest is null)
        {
            var html = site.Theme.RenderPage(spec.Template, values);
            return ValueTask.FromResult(ImmutableArray.Create(input.WithContent(html).WithDestination(spec.Destination)));
        }

        // With a previous build on record, the page is rendered only if its key is new (see WriteFiles).
        var page = input.WithContent(string.Empty).WithDestination(spec.Destination)
            .With(WriteFiles.ReuseKey, PageKey.Of(spec.Template, site.Theme.Fingerprint, values))
            .With(WriteFiles.ContentFactoryKey, new Func<string>(() => site.Theme.RenderPage(spec.Template, values)));
        return ValueTask.FromResult(ImmutableArray.Create(page));
    }

    public static ImmutableDictionary<string, object?> Values(PageSpec spec, SiteContext site, IExecutionContext context)
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
        return spec.Values
            .SetItem("site", SiteViews.Of(settings))
            .SetItem("page", page)
            .SetItem("assets", AssetMap.From(context))
            .SetItem("search", new { enabled = site.SearchEnabled })
            .SetItem("nav", Navigation.Links);
    }
}
