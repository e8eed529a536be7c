namespace SiteGen.Text.Transcripts;

/// <summary>A transcript or metadata file that cannot be read; <see cref="Line"/> is 1-based, 0 when unknown.</summary>
public sealed class TranscriptFormatException(string message, int line, Exception? inner = null)
    : Exception(message, inner)
{
    public int Line { get; } = line;
}
