namespace SiteGen.Text.Transcripts;

/// <summary>The "start --> end [settings]" line shared by WebVTT and SRT cues; an end before the start is dropped.</summary>
internal static class CueTiming
{
    public const string Arrow = "-->";

    public static (TimeSpan Start, TimeSpan? End) Parse(string line, int lineNumber)
    {
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        var left = line.AsSpan(0, arrow).Trim();
        var right = line.AsSpan(arrow + Arrow.Length).TrimStart();
        var space = right.IndexOfAny(' ', '\t');
        var endText = space < 0 ? right : right[..space];
        if (!TimeParser.TryParseClock(left, out var start))
        {
            throw new TranscriptFormatException($"Malformed cue start time '{left}' on line {lineNumber}.", lineNumber);
        }

        if (!TimeParser.TryParseClock(endText, out var end))
        {
            throw new TranscriptFormatException($"Malformed cue end time '{endText}' on line {lineNumber}.", lineNumber);
        }

        // Whisper now and then writes a cue that ends before it starts; the start is still good.
        return (start, end < start ? null : end);
    }
}
