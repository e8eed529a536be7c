using System.Text;

namespace SiteGen.Publishing;

/// <summary>robots.txt: everything crawlable except the given path prefixes, with the sitemap's location.</summary>
internal static class RobotsTxt
{
    /// <exception cref="ArgumentException">A value holds a line break, which would inject extra rules.</exception>
    public static string Write(string? sitemapUrl, IEnumerable<string>? disallow = null)
    {
        var text = new StringBuilder("User-agent: *\n");
        bool any = false;
        foreach (string path in disallow ?? [])
        {
            text.Append("Disallow: ").Append(SingleLine(path)).Append('\n');
            any = true;
        }

        if (!any)
        {
            text.Append("Allow: /\n");
        }

        if (sitemapUrl is { Length: > 0 })
        {
            text.Append("\nSitemap: ").Append(SingleLine(sitemapUrl)).Append('\n');
        }

        return text.ToString();
    }

    private static string SingleLine(string value)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"robots.txt values must be one line: '{value.ReplaceLineEndings(" ")}'.");
        }

        return value.Trim();
    }
}
