using Microsoft.Playwright;

namespace SiteGen.EndToEnd.Tests;

/// <summary>A browser tab on the built site that records console errors, failed requests and uncaught exceptions.</summary>
internal sealed class SitePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private SitePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // Chromium asks for /favicon.ico by itself; the page never references it.
            if (message.Type == "error" && !message.Location.StartsWith(FaviconUrl(page), StringComparison.Ordinal))
            {
                lock (_errors)
                {
                    _errors.Add($"console: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add("uncaught: " + error);
            }
        };
    }

    public IPage Page { get; }

    private static string FaviconUrl(IPage page) => new Uri(new Uri(page.Url), "/favicon.ico").AbsoluteUri;

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<SitePage> OpenAsync(BuiltSite site, string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl });
        var page = await context.NewPageAsync();
        var sitePage = new SitePage(context, page);
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
        return sitePage;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
