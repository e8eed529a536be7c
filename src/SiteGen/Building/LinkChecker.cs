using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Building;

/// <summary>
/// Checks every internal link, anchor and asset reference of a built site; external links are not fetched.
/// Returns one line per broken reference, naming the page.
/// </summary>
internal static partial class LinkChecker
{
    public static IReadOnlyList<string> Check(string siteDirectory)
    {
        var root = Path.GetFullPath(siteDirectory);
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var references = new ConcurrentBag<(string Page, string Url)>();

        Parallel.ForEach(pages, page =>
        {
            // The pages are the generator's own output, whose attributes are always double-quoted: a scan is
            // enough, and a DOM parse of thousands of long transcripts would dominate a rebuild.
            var html = File.ReadAllText(page);
            var pageIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match match in Attribute().Matches(html))
            {
                var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
                if (match.Groups["name"].ValueSpan.SequenceEqual("id"))
                {
                    pageIds.Add(value);
                }
                else
                {
                    references.Add((page, value));
                }
            }

            ids[page] = pageIds;
        });

        var problems = new List<string>();
        // Pages share most of their links (navigation, assets, guests, topics): each target is looked up once.
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (page, url) in references.OrderBy(r => r.Page, StringComparer.Ordinal).ThenBy(r => r.Url, StringComparer.Ordinal))
        {
            if (IsExternal(url))
            {
                continue;
            }

            var hash = url.IndexOf('#');
            var path = hash >= 0 ? url[..hash] : url;
            var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
            var query = path.IndexOf('?');
            if (query >= 0)
            {
                path = path[..query];
            }

            var target = path.Length == 0 ? page : Resolve(root, page, Uri.UnescapeDataString(path), resolved);
            var where = Path.GetRelativePath(root, page).Replace('\\', '/');
            if (target is null)
            {
                problems.Add($"{where}: broken link '{url}'");
            }
            else if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal)
                && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
            {
                problems.Add($"{where}: missing anchor '{url}'");
            }
        }

        return problems;
    }

    [GeneratedRegex(@"\s(?<name>href|src|id)=""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':') is var colon and > 0 && url.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash));

    private static string? Resolve(string root, string page, string path, Dictionary<string, string?> resolved)
    {
        var baseDirectory = path.StartsWith('/') ? root : Path.GetDirectoryName(page)!;
        var full = Path.GetFullPath(Path.Combine(baseDirectory, path.TrimStart('/')));
        if (!resolved.TryGetValue(full, out var target))
        {
            target = Resolve(root, full);
            resolved[full] = target;
        }

        return target;
    }

    private static string? Resolve(string root, string full)
    {
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
