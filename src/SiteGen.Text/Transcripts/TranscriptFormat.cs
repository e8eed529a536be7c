namespace SiteGen.Text.Transcripts;

/// <summary>The file format a transcript was read from.</summary>
public enum TranscriptFormat
{
    CaptionDump,
    WebVtt,
    Srt,
    WhisperJson,
    PlainText,
    Markdown,
}
