using System.Collections.Immutable;

namespace SiteGen.Text.Transcripts;

/// <summary>A transcript as read from its source file, before any cleaning.</summary>
public sealed record Transcript(TranscriptFormat Format, TranscriptMetadata Metadata, ImmutableArray<TranscriptSegment> Segments)
{
    /// <summary>True when the source carries times (cues, segments, speaker-turn stamps).</summary>
    public bool IsTimed => Segments.Any(s => s.Start is not null);
}
