using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Publishing;

/// <summary>
/// JSON writer settings for everything the site publishes: HTML-sensitive characters (&lt; &gt; &amp; quotes) are
/// always \u-escaped, so the same text is safe inside a &lt;script&gt; element; other letters stay readable.
/// </summary>
internal static class SafeJson
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Seconds as a JSON number with at most millisecond precision (312.5, not 312.50000001).</summary>
    public static void WriteSeconds(Utf8JsonWriter writer, string name, TimeSpan time) =>
        writer.WriteNumber(name, Math.Round(time.TotalSeconds, 3));
}
