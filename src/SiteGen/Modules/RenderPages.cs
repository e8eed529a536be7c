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

        var html = site.Theme.RenderPage(spec.Template, Values(spec, site, context));
        return ValueTask.FromResult(ImmutableArray.Create(input.WithContent(html).WithDestination(spec.Destination)));
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
