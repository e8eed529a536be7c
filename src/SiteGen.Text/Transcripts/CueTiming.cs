namespace SiteGen.Text.Transcripts;

/// <summary>
/// The "start --> end [settings]" line shared by WebVTT and SRT cues. Tolerated, not errors: an end before the start
/// is dropped; a cue starting before the previous one keeps its place in the file (Whisper writes such cues now and
/// then); a cue without text is skipped. A timing line that cannot be read is an error naming its line.
/// </summary>
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

    /// <summary>The index of the next timing line in a cue block at or after <paramref name="from"/>, or the block's length.</summary>
    public static int NextTimingLine(ReadOnlySpan<string> block, int from)
    {
        for (var i = from; i < block.Length; i++)
        {
            if (block[i].Contains(Arrow, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return block.Length;
    }

    /// <summary>Where the text of the cue timed at <paramref name="timing"/> ends: before the next cue's number, when it has one.</summary>
    public static int TextEnd(ReadOnlySpan<string> block, int timing, int next) =>
        next < block.Length && next - 1 > timing && IsCueNumber(block[next - 1]) ? next - 1 : next;

    private static bool IsCueNumber(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
