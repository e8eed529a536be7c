using System.Reflection;
using System.Text;

namespace SiteGen.Text.Chapters;

/// <summary>
/// Unit-length vectors of stemmed content words (the stems of <see cref="Analysis.ContentTermAnalyzer"/>), learnt by
/// train-word-vectors from transcripts the chapter evaluation never sees, so that two words of one topic ("gpu",
/// "graphic") are close although they never match as terms. Stored as signed bytes (value / 127).
/// </summary>
internal sealed class WordVectors
{
    public const int NoVector = -1;

    private const string ResourceName = "SiteGen.Text.Chapters.Model.word-vectors.bin";
    private const int Magic = 0x56574753; // "SGWV"
    private const int Version = 1;

    private static readonly Lazy<WordVectors> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly float[] values;

    private WordVectors(string[] words, float[] values, int dimensions)
    {
        Words = words;
        this.values = values;
        Dimensions = dimensions;
        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            index[words[i]] = i;
        }

        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The vectors embedded in this assembly, read on first use.</summary>
    public static WordVectors Default => Embedded.Value;

    public int Dimensions { get; }

    public int Count => Words.Count;

    public IReadOnlyList<string> Words { get; }

    /// <summary>The row of a stem, or <see cref="NoVector"/> when it has none.</summary>
    public int IndexOf(ReadOnlySpan<char> stem) => lookup.TryGetValue(stem, out var index) ? index : NoVector;

    public ReadOnlySpan<float> Vector(int index) => values.AsSpan(index * Dimensions, Dimensions);

    /// <summary>Cosine of two stems' vectors, 0 when either has none.</summary>
    public double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = IndexOf(a);
        var j = IndexOf(b);
        if (i == NoVector || j == NoVector)
        {
            return 0;
        }

        var x = Vector(i);
        var y = Vector(j);
        double dot = 0, xx = 0, yy = 0;
        for (var d = 0; d < x.Length; d++)
        {
            dot += x[d] * y[d];
            xx += x[d] * x[d];
            yy += y[d] * y[d];
        }

        return xx > 0 && yy > 0 ? dot / Math.Sqrt(xx * yy) : 0;
    }

    /// <summary>Writes words and quantised vectors (each row scaled to unit length first).</summary>
    public static void Write(Stream stream, IReadOnlyList<string> words, float[][] vectors)
    {
        var dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(words.Count);
        writer.Write(dimensions);
        foreach (var word in words)
        {
            writer.Write(word);
        }

        foreach (var vector in vectors)
        {
            double norm = 0;
            foreach (var v in vector)
            {
                norm += v * v;
            }

            var scale = norm > 0 ? 127 / Math.Sqrt(norm) : 0;
            foreach (var v in vector)
            {
                writer.Write((sbyte)Math.Clamp(Math.Round(v * scale), -127, 127));
            }
        }
    }

    public static WordVectors Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a word-vector file of this version.");
        }

        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
        }

        var bytes = reader.ReadBytes(count * dimensions);
        if (bytes.Length != count * dimensions)
        {
            throw new InvalidDataException("The word-vector file is truncated.");
        }

        var values = new float[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            values[i] = (sbyte)bytes[i] / 127f;
        }

        return new WordVectors(words, values, dimensions);
    }

    private static WordVectors LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; run train-word-vectors.");
        return Read(stream);
    }
}
