namespace SiteGen.Text.Transcripts;

/// <summary>Reads a transcript file of any supported format, chosen by its extension and content.</summary>
public static class TranscriptReader
{
    /// <summary>
    /// Reads <paramref name="content"/>: .vtt WebVTT, .srt SubRip, .json Whisper JSON, .md/.markdown Markdown with
    /// optional front matter, .txt the raw caption dump (when it has its header) or plain text. Other extensions are
    /// read by content: a "WEBVTT" first line, a JSON object, an SRT timing line, else plain text.
    /// </summary>
    /// <exception cref="TranscriptFormatException">The content is malformed or holds no spoken text.</exception>
    public static Transcript Read(string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".vtt" => WebVttReader.Read(SourceLines.Split(content)),
                ".srt" => SrtReader.Read(SourceLines.Split(content)),
                ".json" => WhisperJsonReader.Read(fileName, content),
                ".md" or ".markdown" => MarkdownTranscriptReader.Read(fileName, SourceLines.Split(content)),
                _ => ReadByContent(fileName, content),
            };
        }
        catch (TranscriptFormatException ex) when (!ex.Message.StartsWith(fileName, StringComparison.Ordinal))
        {
            throw new TranscriptFormatException($"{fileName}: {ex.Message}", ex.Line, ex.InnerException);
        }
    }

    private static Transcript ReadByContent(string fileName, string content)
    {
        var lines = SourceLines.Split(content);
        var first = Array.Find(lines, l => l.Trim().Length > 0)?.Trim() ?? string.Empty;
        if (first.StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            return WebVttReader.Read(lines);
        }

        if (first.StartsWith('{'))
        {
            return WhisperJsonReader.Read(fileName, content);
        }

        if (CaptionDumpReader.Detect(lines))
        {
            return CaptionDumpReader.Read(lines);
        }

        if (first.All(char.IsAsciiDigit) && lines.Any(l => l.Contains(CueTiming.Arrow, StringComparison.Ordinal)))
        {
            return SrtReader.Read(lines);
        }

        return PlainTextReader.Read(lines);
    }
}
