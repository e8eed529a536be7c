using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SiteGen.Text.Punctuation;

/// <summary>
/// A one-hidden-layer network over hashed features: each feature selects a row of the (int8-quantised) table, the
/// rows are summed into the hidden layer, then ReLU and a dense layer give one score per mark. Summing rows instead
/// of multiplying embeddings keeps the cost near a linear model's while the hidden layer learns feature conjunctions.
/// </summary>
internal sealed class HashedNetwork
{
    public const int Labels = PunctuationFeatures.Labels;

    /// <summary>The hidden size is a multiple of this so rows are whole vectors.</summary>
    public const int HiddenStep = 32;

    private const int CacheLine = 64;

    // The rows live at a cache-line boundary of a pinned array: a row that straddles two lines costs two misses, and an
    // ordinary array's start moves with the process's allocations (restoration ran 1.5x slower in some processes).
    private readonly sbyte[] storage;
    private readonly int offset;

    public HashedNetwork(int bits, int hidden, sbyte[] table, float scale, float[] hiddenBias, float[] output, float[] outputBias)
        : this(bits, hidden, Aligned(table), scale, hiddenBias, output, outputBias)
    {
    }

    private HashedNetwork(int bits, int hidden, (sbyte[] Storage, int Offset) rows, float scale, float[] hiddenBias, float[] output, float[] outputBias)
    {
        if (bits is < 8 or > 24 || hidden <= 0 || hidden % HiddenStep != 0 || rows.Storage.Length - CacheLine != (1 << bits) * hidden
            || hiddenBias.Length != hidden || output.Length != hidden * Labels || outputBias.Length != Labels)
        {
            throw new ArgumentException("Network layers do not match their sizes.");
        }

        Bits = bits;
        Hidden = hidden;
        (storage, offset) = rows;
        Scale = scale;
        HiddenBias = hiddenBias;
        Output = output;
        OutputBias = outputBias;
    }

    public int Bits { get; }

    public int Hidden { get; }

    /// <summary>Row-major, <see cref="Hidden"/> values per row; multiply by <see cref="Scale"/> for the float weight.</summary>
    public ReadOnlySpan<sbyte> Table => storage.AsSpan(offset, (1 << Bits) * Hidden);

    public float Scale { get; }

    public float[] HiddenBias { get; }

    /// <summary>Label-major: the weights of label c are <c>Output[c * Hidden .. (c + 1) * Hidden]</c>.</summary>
    public float[] Output { get; }

    public float[] OutputBias { get; }

    /// <summary>Scores (logits) of each mark for one gap.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = stackalloc int[features.Length];
        Rows(features, rows);
        Score(rows, scores);
    }

    /// <summary>The table row of each feature.</summary>
    public void Rows(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        for (var f = 0; f < features.Length; f++)
        {
            rows[f] = WordHash.Row(features[f], Bits);
        }
    }

    /// <summary>
    /// Asks the processor to fetch rows that a later <see cref="Score(ReadOnlySpan{int}, Span{float})"/> will read: the
    /// table is larger than the caches and its rows are scattered, so fetching one gap's rows while the previous gap is
    /// summed hides most of the wait.
    /// </summary>
    public unsafe void Prefetch(ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (sbyte* start = storage)
        {
            var table = start + offset;
            foreach (var r in rows)
            {
                Sse.Prefetch0(table + ((nint)r * Hidden));
            }
        }
    }

    /// <summary>Scores (logits) of each mark for one gap, from its features' rows.</summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        // int16 sums cannot overflow: at most 127 per row and far fewer than 256 features.
        Span<short> sums = stackalloc short[Hidden];
        var vectors = MemoryMarshal.Cast<short, Vector256<short>>(sums);
        ref var origin = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(storage), offset);
        foreach (var r in rows)
        {
            ref var row = ref Unsafe.Add(ref origin, (nint)r * Hidden);
            for (var k = 0; k < Hidden / 32; k++)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)(k * 32)));
                vectors[2 * k] += lower;
                vectors[(2 * k) + 1] += upper;
            }
        }

        Span<float> hidden = stackalloc float[Hidden];
        var hiddenVectors = MemoryMarshal.Cast<float, Vector256<float>>(hidden);
        var biases = MemoryMarshal.Cast<float, Vector256<float>>(HiddenBias);
        var scale = Vector256.Create(Scale);
        for (var k = 0; k < vectors.Length; k++)
        {
            var (lower, upper) = Vector256.Widen(vectors[k]);
            hiddenVectors[2 * k] = Vector256.Max(Vector256<float>.Zero, (Vector256.ConvertToSingle(lower) * scale) + biases[2 * k]);
            hiddenVectors[(2 * k) + 1] = Vector256.Max(Vector256<float>.Zero, (Vector256.ConvertToSingle(upper) * scale) + biases[(2 * k) + 1]);
        }

        var weights = MemoryMarshal.Cast<float, Vector256<float>>(Output);
        for (var c = 0; c < Labels; c++)
        {
            var sum = Vector256<float>.Zero;
            var offset = c * hiddenVectors.Length;
            for (var k = 0; k < hiddenVectors.Length; k++)
            {
                sum += weights[offset + k] * hiddenVectors[k];
            }

            scores[c] = OutputBias[c] + Vector256.Sum(sum);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Bits);
        writer.Write(Hidden);
        writer.Write(Scale);
        writer.Write(MemoryMarshal.AsBytes(Table));
        WriteFloats(writer, HiddenBias);
        WriteFloats(writer, Output);
        WriteFloats(writer, OutputBias);
    }

    public static HashedNetwork Read(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        if (bits is < 8 or > 24 || hidden is <= 0 or > 1024 || hidden % HiddenStep != 0)
        {
            throw new InvalidDataException("Implausible network size.");
        }

        var scale = reader.ReadSingle();
        // Read straight into the aligned rows: the tables are the bulk of the model's load time and memory.
        var length = (1 << bits) * hidden;
        var rows = Allocate(length);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rows.Storage.AsSpan(rows.Offset, length)));
        var hiddenBias = ReadFloats(reader, hidden);
        var output = ReadFloats(reader, hidden * Labels);
        var outputBias = ReadFloats(reader, Labels);
        return new HashedNetwork(bits, hidden, rows, scale, hiddenBias, output, outputBias);
    }

    private static (sbyte[] Storage, int Offset) Aligned(sbyte[] table)
    {
        var rows = Allocate(table.Length);
        table.CopyTo(rows.Storage.AsSpan(rows.Offset));
        return rows;
    }

    private static (sbyte[] Storage, int Offset) Allocate(int length)
    {
        var storage = GC.AllocateUninitializedArray<sbyte>(length + CacheLine, pinned: true);
        return (storage, AlignmentOffset(storage));
    }

    private static unsafe int AlignmentOffset(sbyte[] pinned)
    {
        fixed (sbyte* start = pinned)
        {
            var misalignment = (int)((nuint)start % CacheLine);
            return misalignment == 0 ? 0 : CacheLine - misalignment;
        }
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }
}
