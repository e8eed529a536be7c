using Markdig;
using SiteGen.Settings;

namespace SiteGen.Rendering;

internal static class SiteViews
{
    // Markdown from inputs may not carry raw HTML into pages.
    public static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static SiteView Of(SiteSettings settings) => new(
        settings.Title,
        settings.Description,
        settings.Description is null ? null : Markdig.Markdown.ToHtml(settings.Description, Markdown),
        settings.Language,
        settings.Author,
        settings.NormalizedBaseUrl,
        SiteFeed.Channel(settings, out _) is null ? null : SiteFeed.FeedFile);
}
