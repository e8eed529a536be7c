using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Text.Chapters;
using SiteGen.Text.Names;
using SiteGen.Text.Prose;
using SiteGen.Text.Summary;

namespace SiteGen.Modules;

/// <summary>
/// The cache's binary form of <see cref="EpisodeAnalysis"/>. A rebuild reads every episode's analysis, and JSON of
/// 250 long transcripts took most of a no-change rebuild; this reads several times faster. Bump
/// <see cref="Version"/> whenever the layout changes: it is part of the cache key, so old entries are never misread.
/// </summary>
internal static class EpisodeAnalysisFormat
{
    public const string Version = "2";

    /// <summary>A hash of an analysis's bytes: the same analysis, however it was reached, has the same key.</summary>
    public static string ContentKey(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static byte[] Write(EpisodeAnalysis analysis)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(analysis.Sentences.Length);
            foreach (var sentence in analysis.Sentences)
            {
                writer.Write(sentence.Text);
                WriteTime(writer, sentence.Start);
                WriteOptional(writer, sentence.Speaker);
            }

            WriteInts(writer, analysis.ParagraphSizes);
            writer.Write(analysis.Restored);
            writer.Write(analysis.NameRepairs.Length);
            foreach (var repair in analysis.NameRepairs)
            {
                writer.Write(repair.SentenceIndex);
                writer.Write(repair.WordIndex);
                writer.Write(repair.WordCount);
                writer.Write(repair.Original);
                writer.Write(repair.Replacement);
                writer.Write((int)repair.Reason);
                writer.Write(repair.Score);
            }

            writer.Write(analysis.Chapters.Length);
            foreach (var chapter in analysis.Chapters)
            {
                writer.Write(chapter.Title);
                writer.Write(chapter.FirstParagraph);
                writer.Write(chapter.ParagraphCount);
                WriteTime(writer, chapter.Start);
                writer.Write(chapter.Summary);
            }

            writer.Write(analysis.Summary.Sentences.Length);
            foreach (var sentence in analysis.Summary.Sentences)
            {
                writer.Write(sentence);
            }

            writer.Write(analysis.Summary.Description);
            writer.Write(analysis.Glossary.Length);
            foreach (var item in analysis.Glossary)
            {
                writer.Write(item.Name);
                writer.Write((int)item.Type);
                writer.Write(item.Mentions);
                writer.Write(item.FirstSentence);
                WriteOptional(writer, item.Description);
                WriteOptional(writer, item.Link);
                WriteInts(writer, item.MentionSentences);
                WriteOptional(writer, item.Context);
            }

            writer.Write(analysis.OutlineKey);
        }

        return stream.ToArray();
    }

    /// <summary>The analysis, or null when the bytes are not a whole entry of this layout.</summary>
    public static EpisodeAnalysis? Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            var sentences = new Sentence[Count(reader)];
            for (var i = 0; i < sentences.Length; i++)
            {
                sentences[i] = new Sentence(reader.ReadString(), ReadTime(reader), ReadOptional(reader));
            }

            var sizes = ReadInts(reader);
            var restored = reader.ReadBoolean();
            var repairs = new NameReplacement[Count(reader)];
            for (var i = 0; i < repairs.Length; i++)
            {
                repairs[i] = new NameReplacement(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadString(), (NameRepairReason)reader.ReadInt32(), reader.ReadDouble());
            }

            var chapters = new Chapter[Count(reader)];
            for (var i = 0; i < chapters.Length; i++)
            {
                chapters[i] = new Chapter(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), ReadTime(reader), reader.ReadString());
            }

            var summary = new string[Count(reader)];
            for (var i = 0; i < summary.Length; i++)
            {
                summary[i] = reader.ReadString();
            }

            var description = reader.ReadString();
            var glossary = new GlossaryItem[Count(reader)];
            for (var i = 0; i < glossary.Length; i++)
            {
                glossary[i] = new GlossaryItem(reader.ReadString(), (EntityType)reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), ReadOptional(reader), ReadOptional(reader), ReadInts(reader), ReadOptional(reader));
            }

            var outlineKey = reader.ReadString();
            if (reader.BaseStream.Position != bytes.Length)
            {
                return null;
            }

            return new EpisodeAnalysis(
                ImmutableCollectionsMarshal.AsImmutableArray(sentences),
                sizes,
                restored,
                ImmutableCollectionsMarshal.AsImmutableArray(repairs),
                ImmutableCollectionsMarshal.AsImmutableArray(chapters),
                new EpisodeSummary(ImmutableCollectionsMarshal.AsImmutableArray(summary), description),
                ImmutableCollectionsMarshal.AsImmutableArray(glossary),
                outlineKey);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        // A damaged length must not allocate gigabytes before the read fails.
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException("Bad length.");
    }

    private static void WriteTime(BinaryWriter writer, TimeSpan? time)
    {
        writer.Write(time.HasValue);
        if (time is { } value)
        {
            writer.Write(value.Ticks);
        }
    }

    private static TimeSpan? ReadTime(BinaryReader reader) => reader.ReadBoolean() ? TimeSpan.FromTicks(reader.ReadInt64()) : null;

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteInts(BinaryWriter writer, ImmutableArray<int> values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static ImmutableArray<int> ReadInts(BinaryReader reader)
    {
        var values = new int[Count(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }
}
