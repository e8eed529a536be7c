using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Publishing;

/// <summary>sitemap.xml (sitemaps.org 0.9) in the order given; duplicates after the first are dropped.</summary>
internal static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The protocol's limit per file; a larger site needs a sitemap index.</summary>
    public const int MaxUrls = 50_000;

    public static string Write(IEnumerable<string> urls) => Write(urls.Select(url => new SitemapEntry(url)));

    /// <exception cref="ArgumentException">A location is not an absolute http(s) URL, or there are too many.</exception>
    public static string Write(IEnumerable<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (SitemapEntry entry in entries)
            {
                if (!Uri.TryCreate(entry.Location, UriKind.Absolute, out Uri? uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                {
                    throw new ArgumentException($"Sitemap locations must be absolute http(s) URLs: '{entry.Location}'.", nameof(entries));
                }

                if (!seen.Add(entry.Location))
                {
                    continue;
                }

                if (seen.Count > MaxUrls)
                {
                    throw new ArgumentException($"A sitemap holds at most {MaxUrls} URLs.", nameof(entries));
                }

                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, XmlText.Clean(entry.Location));
                if (entry.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
