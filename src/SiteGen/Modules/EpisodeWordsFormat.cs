using System.Text;
using SiteGen.Text.Similarity;

namespace SiteGen.Modules;

/// <summary>The cache's binary form of <see cref="EpisodeWords"/>: the count of words, then each word and its count.</summary>
internal static class EpisodeWordsFormat
{
    public const string Version = "1";

    public static byte[] Write(EpisodeWords words)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(words.Counts.Count);
            foreach (var (word, count) in words.Counts)
            {
                writer.Write(word);
                writer.Write7BitEncodedInt(count);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The counts, or null when the bytes are not a whole entry of this layout.</summary>
    public static EpisodeWords? Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var entries = new KeyValuePair<string, int>[reader.Read7BitEncodedInt()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = KeyValuePair.Create(reader.ReadString(), reader.Read7BitEncodedInt());
            }

            return reader.BaseStream.Position == bytes.Length ? EpisodeWords.From(entries) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException or OverflowException or IOException)
        {
            return null;
        }
    }
}
