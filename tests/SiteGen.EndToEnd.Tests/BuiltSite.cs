using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Building;
using SiteGen.Core.Pipelines;

namespace SiteGen.EndToEnd.Tests;

/// <summary>
/// The repository's sample input (or the folder named by SITEGEN_E2E_INPUT, to check a real site the same way) built
/// with search into a temp folder, served on loopback, with one headless Chromium.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sitegen-e2e-" + Guid.NewGuid().ToString("N"));
    private StaticServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => Path.Combine(_work, "site");

    public string BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The site was not built.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser was not started.");

    public async Task InitializeAsync()
    {
        // Fixtures are created even when every test is skipped.
        if (Prerequisites.Missing is not null)
        {
            return;
        }

        var input = Path.Combine(_work, "input");
        if (Environment.GetEnvironmentVariable("SITEGEN_E2E_INPUT") is { Length: > 0 } other)
        {
            CopyDirectory(other, input);
        }
        else
        {
            CopyDirectory(Repository.Input, input);
            // Two short episodes that share a named place, so that the site has a topic page.
            CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures"), input);
        }

        var options = new BuildOptions(input, Output, Repository.Theme) { Search = true };
        await SiteBuilder.BuildAsync(options, NullBuildLog.Instance, CancellationToken.None);
        _server = new StaticServer(Output);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    /// <summary>The site-relative URL of the first page under a folder such as "guests" (folder/slug/index.html).</summary>
    public string FirstPageUnder(string folder)
    {
        var page = Directory.EnumerateFiles(Path.Combine(Output, folder), "index.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
            .Where(path => path.Count(c => c == '/') == 2)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return page ?? throw new InvalidOperationException($"No page under {folder}/ in the built site.");
    }

    /// <summary>Site-relative URLs of the built HTML pages whose source contains a marker, in ordinal order.</summary>
    public IReadOnlyList<string> PagesContaining(string marker) =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains(marker, StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(Output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A long word of one episode's transcript that no other episode says, for a search that has one right answer.</summary>
    /// <summary>For each episode page, a transcript word no other page has (pages without one are left out).</summary>
    public SortedDictionary<string, string> UniqueTranscriptWords()
    {
        var pagesByWord = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var wordsByPage = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in PagesContaining("id=\"transcript\""))
        {
            var html = File.ReadAllText(Path.Combine(Output, page));
            var start = html.IndexOf("id=\"transcript\"", StringComparison.Ordinal);
            var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
            var text = Regex.Replace(html[start..end], "<[^>]*>", " ");
            wordsByPage[page] = [.. Regex.Matches(text, "\\b[a-z]{9,14}\\b").Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            foreach (var word in wordsByPage[page])
            {
                pagesByWord[word] = pagesByWord.GetValueOrDefault(word) + 1;
            }
        }

        var unique = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (page, words) in wordsByPage)
        {
            if (words.FirstOrDefault(w => pagesByWord[w] == 1 && PagesContaining(w).Count == 1) is { } word)
            {
                unique[page] = word;
            }
        }

        return unique;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
