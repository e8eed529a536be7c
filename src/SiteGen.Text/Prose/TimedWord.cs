namespace SiteGen.Text.Prose;

/// <summary>
/// One word of the spoken stream, with any punctuation the source attached to it ("well," "right?").
/// Start is the time of the segment it came from, interpolated across the segment when the source has an end time.
/// </summary>
public readonly record struct TimedWord(string Text, TimeSpan? Start, string? Speaker);
