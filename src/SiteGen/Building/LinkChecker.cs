using System.Net;
using System.Text;

namespace SiteGen.Building;

/// <summary>
/// Checks every internal link, anchor and asset reference of a built site; external links are not fetched.
/// Returns one line per broken reference, naming the page.
/// </summary>
internal static class LinkChecker
{
    public static IReadOnlyList<string> Check(string siteDirectory) => Check(siteDirectory, null, out _);

    /// <summary>As <see cref="Check(string)"/>; pages that are the same files as in <paramref name="previous"/> are not read again.</summary>
    public static IReadOnlyList<string> Check(string siteDirectory, LinkIndex? previous, out LinkIndex index) =>
        Check(SiteFiles.Listing(Path.GetFullPath(siteDirectory)), previous, out index);

    /// <summary>
    /// As <see cref="Check(string, LinkIndex?, out LinkIndex)"/> for a site whose files lie in several folders: each
    /// relative path maps to where the file is.
    /// </summary>
    public static IReadOnlyList<string> Check(IReadOnlyDictionary<string, string> files, LinkIndex? previous, out LinkIndex index)
    {
        var site = SiteFiles.Of(files.Keys);
        var pages = site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var read = new PageLinks[pages.Length];
        Parallel.For(0, pages.Length, i =>
        {
            var file = new FileInfo(files[pages[i]]);
            var time = file.LastWriteTimeUtc.Ticks;
            if (previous is not null && previous.Pages.TryGetValue(pages[i], out var known) && known.Length == file.Length && known.Time == time)
            {
                read[i] = known;
                return;
            }

            var pageIds = new HashSet<string>(StringComparer.Ordinal);
            var pageReferences = new HashSet<string>(StringComparer.Ordinal);
            Scan(File.ReadAllBytes(file.FullName), pageIds, pageReferences);
            read[i] = new PageLinks(file.Length, time, [.. pageIds.Order(StringComparer.Ordinal)], [.. pageReferences.Order(StringComparer.Ordinal)]);
        });

        var byPage = new Dictionary<string, PageLinks>(pages.Length, StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            byPage[pages[i]] = read[i];
        }

        index = new LinkIndex(byPage);
        var ids = new HashSet<string>[pages.Length];
        var references = new string[pages.Length][];
        Parallel.For(0, pages.Length, i =>
        {
            ids[i] = new HashSet<string>(read[i].Ids, StringComparer.Ordinal);
            references[i] = read[i].References;
        });

        var idsByPage = new Dictionary<string, HashSet<string>>(pages.Length, StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            idsByPage[pages[i]] = ids[i];
        }

        var problems = new List<string>?[pages.Length];
        Parallel.For(0, pages.Length, i => problems[i] = CheckPage(site, pages[i], references[i], idsByPage));
        return [.. problems.Where(p => p is not null).SelectMany(p => p!)];
    }

    private static List<string>? CheckPage(SiteFiles site, string page, string[] urls, Dictionary<string, HashSet<string>> ids)
    {
        List<string>? problems = null;
        foreach (var url in urls)
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

            var target = path.Length == 0 ? page : site.Resolve(page, Uri.UnescapeDataString(path));
            if (target is null)
            {
                (problems ??= []).Add($"{page}: broken link '{url}'");
            }
            else if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal)
                && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
            {
                (problems ??= []).Add($"{page}: missing anchor '{url}'");
            }
        }

        return problems;
    }

    /// <summary>
    /// Collects the values of <c>id</c>, <c>href</c> and <c>src</c> attributes preceded by white space. The pages are
    /// the generator's own output, whose attributes are always double-quoted: a byte scan is enough, and a DOM parse
    /// (or a regex over decoded text) of thousands of long transcripts would dominate a rebuild.
    /// </summary>
    internal static void Scan(ReadOnlySpan<byte> html, HashSet<string> ids, HashSet<string> references)
    {
        var at = 0;
        while (at < html.Length)
        {
            var found = html[at..].IndexOf("=\""u8);
            if (found < 0)
            {
                return;
            }

            var equals = at + found;
            var isId = NamedBefore(html, equals, "id"u8);
            if (!isId && !NamedBefore(html, equals, "href"u8) && !NamedBefore(html, equals, "src"u8))
            {
                at = equals + 2;
                continue;
            }

            var start = equals + 2;
            var length = html[start..].IndexOf((byte)'"');
            if (length < 0)
            {
                return;
            }

            var value = Encoding.UTF8.GetString(html.Slice(start, length));
            if (value.Contains('&', StringComparison.Ordinal))
            {
                value = WebUtility.HtmlDecode(value);
            }

            (isId ? ids : references).Add(value);
            at = start + length + 1;
        }
    }

    private static bool NamedBefore(ReadOnlySpan<byte> html, int equals, ReadOnlySpan<byte> name)
    {
        var start = equals - name.Length;
        return start >= 1 && html.Slice(start, name.Length).SequenceEqual(name) && html[start - 1] is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f';
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':') is var colon and > 0 && url.IndexOfAny(['/', '?', '#']) is var slash && (slash < 0 || colon < slash));
}
