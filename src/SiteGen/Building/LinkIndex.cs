using System.Text;
using SiteGen.Core.Caching;

namespace SiteGen.Building;

/// <summary>
/// The link check's reading of every page of the published output, kept in the cache. A page of the next build that is
/// the same file (kept in place: same length, same modification time) is not read and scanned again.
/// </summary>
internal sealed class LinkIndex(IReadOnlyDictionary<string, PageLinks> pages)
{
    private const string Version = "1";

    public IReadOnlyDictionary<string, PageLinks> Pages { get; } = pages;

    public static LinkIndex? Load(ContentCache cache, string outputDirectory)
    {
        if (!cache.TryGet(Key(outputDirectory), out var bytes))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var pages = new Dictionary<string, PageLinks>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                pages[reader.ReadString()] = new PageLinks(reader.ReadInt64(), reader.ReadInt64(), Strings(reader), Strings(reader));
            }

            return reader.BaseStream.Position == bytes.Length ? new LinkIndex(pages) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or OutOfMemoryException or OverflowException)
        {
            return null;
        }
    }

    public void Save(ContentCache cache, string outputDirectory)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Pages.Count);
            foreach (var (page, links) in Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(page);
                writer.Write(links.Length);
                writer.Write(links.Time);
                Write(writer, links.Ids);
                Write(writer, links.References);
            }
        }

        cache.Set(Key(outputDirectory), stream.ToArray());
    }

    private static string Key(string outputDirectory) => ContentCache.ComputeKey(nameof(LinkIndex), Version, Path.GetFullPath(outputDirectory));

    private static void Write(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] Strings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("Bad length.");
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
