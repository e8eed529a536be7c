namespace SiteGen.Text.Transcripts;

/// <summary>
/// One piece of spoken text as the source gives it: a cue, a segment, a speaker turn or a paragraph.
/// <paramref name="Line"/> is the 1-based line in the source file where the segment starts, for error messages.
/// </summary>
public sealed record TranscriptSegment(string Text, TimeSpan? Start, TimeSpan? End, string? Speaker, int Line);
