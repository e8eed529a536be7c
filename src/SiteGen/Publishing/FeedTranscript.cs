namespace SiteGen.Publishing;

/// <summary>
/// A published transcript file (podcast:transcript). Rel "captions" marks a timed caption file (WebVTT, SRT);
/// use <see cref="TranscriptFormats"/> for the MIME types.
/// </summary>
internal sealed record FeedTranscript(string Url, string Type, string? Language = null, string? Rel = null);
