using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using SiteGen.Text.Transcripts;

namespace SiteGen.Building;

/// <summary>
/// Turns the bytes of an input file into text, refusing what is not a transcript before any reader sees it:
/// files over <see cref="MaxTranscriptBytes"/>, empty files, binary files and invalid UTF-8 (named by the line of
/// its first bad byte). UTF-8 with or without a byte-order mark and UTF-16/UTF-32 with one are read. A file with
/// no UTF-8 sequence at all whose high bytes are all Latin-1 letters is a legacy Latin-1 file (some caption tools
/// write them) and is read as such with a warning; invalid bytes beside valid UTF-8 are corruption and an error.
/// </summary>
internal static class InputDecoder
{
    /// <summary>A three-hour transcript is about 1.5 MB; anything past this is a mistake, not an episode.</summary>
    public const long MaxTranscriptBytes = 20L * 1024 * 1024;

    /// <summary>Sidecar metadata is a few lines.</summary>
    public const long MaxSidecarBytes = 1024L * 1024;

    // Enough of the head of a file to tell text from binary, as git does.
    private const int SniffBytes = 8000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding StrictUtf32Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly UTF32Encoding StrictUtf32Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>Reads <paramref name="path"/>; <paramref name="name"/> is how errors name it (the path relative to the input folder).</summary>
    /// <exception cref="TranscriptFormatException">The file is too large, empty, binary or not valid text.</exception>
    public static string ReadFile(string path, string name, long maxBytes, out string? warning)
    {
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw new TranscriptFormatException(
                $"{name}: the file is {Megabytes(length)}; input files are limited to {Megabytes(maxBytes)} (a three-hour transcript is about 1.5 MB).", 0);
        }

        return Decode(name, File.ReadAllBytes(path), out warning);
    }

    /// <exception cref="TranscriptFormatException">The bytes are empty, binary or not valid text.</exception>
    public static string Decode(string name, ReadOnlySpan<byte> bytes, out string? warning)
    {
        warning = null;
        if (bytes.IsEmpty)
        {
            throw new TranscriptFormatException($"{name}: the file is empty.", 0);
        }

        // UTF-32 marks first: the UTF-32 little-endian mark begins with the UTF-16 one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Strict(name, StrictUtf32Le, bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Strict(name, StrictUtf32Be, bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(name, StrictUtf16Le, bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(name, StrictUtf16Be, bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        RefuseBinary(name, bytes);
        var invalid = FirstInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            var (line, column) = Position(bytes[..invalid]);
            if (IsLatin1(bytes))
            {
                warning = string.Create(CultureInfo.InvariantCulture, $"{name}:{line}: not UTF-8 (byte 0x{bytes[invalid]:X2} at column {column}); read as Latin-1. Save the file as UTF-8.");
                return Encoding.Latin1.GetString(bytes);
            }

            throw new TranscriptFormatException(
                string.Create(CultureInfo.InvariantCulture, $"{name}: invalid UTF-8 on line {line} (byte 0x{bytes[invalid]:X2} at column {column}); save the file as UTF-8."),
                line);
        }

        return StrictUtf8.GetString(bytes);
    }

    private static void RefuseBinary(string name, ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var nul = head.IndexOf((byte)0);
        if (nul >= 0)
        {
            var hint = nul <= 1 || head.Count((byte)0) * 3 >= head.Length ? " (UTF-16 text needs a byte-order mark)" : "";
            throw new TranscriptFormatException(
                string.Create(CultureInfo.InvariantCulture, $"{name}: a binary file, not a transcript: NUL byte at offset {nul}{hint}."), 0);
        }

        var control = 0;
        foreach (var b in head)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not (byte)'\f') || b == 0x7F)
            {
                control++;
            }
        }

        if (control * 10 > head.Length)
        {
            throw new TranscriptFormatException(
                string.Create(CultureInfo.InvariantCulture, $"{name}: a binary file, not a transcript: {control} of its first {head.Length} bytes are control characters."), 0);
        }
    }

    /// <summary>No valid multi-byte UTF-8 sequence and no C1 control byte: every high byte reads as a Latin-1 character.</summary>
    private static bool IsLatin1(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            if (bytes[i] < 0xA0 || (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) == OperationStatus.Done && consumed > 1))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    return -1;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Strict(string name, Encoding encoding, ReadOnlySpan<byte> bytes, string label)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // The bad unit's line: decode what precedes it leniently and count its newlines.
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var before = Encoding.GetEncoding(encoding.CodePage).GetString(bytes[..(at - (at % (label == "UTF-32" ? 4 : 2)))]);
            var line = 1 + before.AsSpan().Count('\n');
            throw new TranscriptFormatException($"{name}: invalid {label} on line {line}; the byte-order mark says {label} but the text is not.", line, e);
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (1 + before.Count((byte)'\n'), before.Length - lastNewline);
    }

    private static string Megabytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
