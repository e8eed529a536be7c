using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace SiteGen.Text.Transcripts;

/// <summary>
/// Reads Whisper's JSON output: {"text": ..., "segments": [{"start": 1.2, "end": 3.4, "text": " ..."}], "language": "en"}.
/// Word lists and other fields are skipped; a "speaker" on a segment (as diarising tools write) is kept.
/// </summary>
internal static class WhisperJsonReader
{
    public static Transcript Read(string fileName, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content.Length > 0 && content[0] == '\uFEFF' ? content[1..] : content);
        var lines = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string? text = null;
        string? language = null;
        var segments = ImmutableArray.CreateBuilder<TranscriptSegment>();
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the file must hold one JSON object", lines);
            while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                Next(ref reader);
                switch (name)
                {
                    case "text":
                        text = ReadString(ref reader, "text", lines);
                        break;
                    case "language":
                        language = ReadString(ref reader, "language", lines);
                        break;
                    case "segments":
                        ReadSegments(ref reader, segments, lines);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new TranscriptFormatException($"{fileName}: invalid JSON on line {line}: {ex.Message}", line, ex);
        }

        if (segments.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            segments.Add(new TranscriptSegment(CaptionText.CollapseSpaces(text), null, null, null, 1));
        }

        if (segments.Count == 0)
        {
            throw new TranscriptFormatException($"{fileName}: the transcript has no text.", 1);
        }

        var metadata = new TranscriptMetadata { Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim() };
        return new Transcript(TranscriptFormat.WhisperJson, metadata, segments.ToImmutable());
    }

    private static void ReadSegments(ref Utf8JsonReader reader, ImmutableArray<TranscriptSegment>.Builder segments, LineCounter lines)
    {
        Expect(ref reader, JsonTokenType.StartArray, "'segments' must be an array", lines, advance: false);
        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lines.LineOf(reader.TokenStartIndex);
            Expect(ref reader, JsonTokenType.StartObject, "each segment must be an object", lines, advance: false);
            double? start = null, end = null;
            string? text = null, speaker = null;
            while (Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                Next(ref reader);
                switch (name)
                {
                    case "start":
                        start = ReadSeconds(ref reader, "start", lines);
                        break;
                    case "end":
                        end = ReadSeconds(ref reader, "end", lines);
                        break;
                    case "text":
                        text = ReadString(ref reader, "text", lines);
                        break;
                    case "speaker":
                        speaker = ReadString(ref reader, "speaker", lines);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            var clean = CaptionText.CollapseSpaces(text ?? string.Empty);
            if (clean.Length == 0)
            {
                continue;
            }

            if (start is { } s && end is { } e && e < s)
            {
                end = null;
            }

            segments.Add(new TranscriptSegment(
                clean,
                start is { } a ? TimeSpan.FromSeconds(a) : null,
                end is { } b ? TimeSpan.FromSeconds(b) : null,
                string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim(),
                line));
        }
    }

    private static double? ReadSeconds(ref Utf8JsonReader reader, string name, LineCounter lines)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var seconds) || seconds < 0 || double.IsInfinity(seconds))
        {
            throw Wrong(ref reader, $"'{name}' must be a number of seconds", lines);
        }

        return seconds;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, LineCounter lines) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Wrong(ref reader, $"'{name}' must be a string", lines),
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what, LineCounter lines, bool advance = true)
    {
        if (advance && !Next(ref reader))
        {
            throw new TranscriptFormatException($"The JSON is empty: {what}.", 1);
        }

        if (reader.TokenType != type)
        {
            throw Wrong(ref reader, what, lines);
        }
    }

    private static bool Next(ref Utf8JsonReader reader) => reader.Read();

    private static TranscriptFormatException Wrong(ref Utf8JsonReader reader, string what, LineCounter lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        return new TranscriptFormatException($"Unexpected JSON on line {line}: {what}.", line);
    }

    /// <summary>Maps byte offsets to 1-based lines; Utf8JsonReader reports lines only in its exceptions.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        public int LineOf(long offset)
        {
            var line = 1;
            var end = (int)Math.Min(offset, bytes.Length);
            line += bytes.AsSpan(0, end).Count((byte)'\n');
            return line;
        }
    }
}
